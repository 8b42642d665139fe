package org.talentbench.exchange.scholarly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.talentbench.exchange.FormatDetector;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.exchange.Limits;

/**
 * The one entry point for scholarly files: detects the format from the content and hands the file to the right
 * importer. Spreadsheets are refused here (they have their own readers in {@code exchange.sheet}).
 * Immutable and thread-safe.
 */
public final class ScholarlyImport {
    private final OrcidImporter orcid = new OrcidImporter();
    private final OpenAlexImporter openAlex;
    private final CrossrefImporter crossref;

    /** @param importDate the citation as-of date for records that do not carry their own */
    public ScholarlyImport(LocalDate importDate) {
        Objects.requireNonNull(importDate, "importDate");
        this.openAlex = new OpenAlexImporter(importDate);
        this.crossref = new CrossrefImporter(importDate);
    }

    public ScholarlyRecord read(Path file) {
        return read(String.valueOf(file.getFileName()), Limits.readAll(file));
    }

    public ScholarlyRecord read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException(fileName, "", ImportCodes.FILE_EMPTY);
        }
        ImportFormat format = FormatDetector.detect(content, fileName);
        return switch (format) {
            case ORCID_XML -> orcid.readXml(fileName, content);
            case ORCID_JSON -> orcid.readJson(fileName, content);
            case OPENALEX_AUTHOR, OPENALEX_WORK, OPENALEX_LIST -> openAlex.read(fileName, content);
            case CROSSREF_WORK -> crossref.read(fileName, content);
            case XLSX, CSV -> throw new ImportException(fileName, "", ImportCodes.FORMAT_UNSUPPORTED, format.name());
            case UNKNOWN -> throw new ImportException(fileName, "", ImportCodes.FORMAT_UNKNOWN);
        };
    }
}
