package org.talentbench.exchange.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.exchange.Doi;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.exchange.Limits;
import org.talentbench.exchange.OrcidIds;

/**
 * Reads a Crossref work: the {@code message} body, bare or inside the API's
 * {@code {"status", "message-type": "work", "message"}} envelope. The citation count is Crossref's
 * {@code is-referenced-by-count} as of the record's {@code indexed} date; funders are kept by name.
 *
 * <p>Errors are {@link ImportException}s. Immutable and thread-safe.
 */
public final class CrossrefImporter {
    static final String SOURCE = "Crossref";
    private static final String[] DATE_FIELDS = {"issued", "published", "published-print", "published-online",
        "created"};
    private final LocalDate importDate;

    /** @param importDate the citation as-of date for records that carry no {@code indexed} date */
    public CrossrefImporter(LocalDate importDate) {
        this.importDate = Objects.requireNonNull(importDate, "importDate");
    }

    public ScholarlyRecord read(Path file) {
        return read(String.valueOf(file.getFileName()), Limits.readAll(file));
    }

    public ScholarlyRecord read(String fileName, byte[] content) {
        JsonDoc doc = JsonDoc.parse(fileName, content);
        JsonNode root = doc.root;
        if (!root.isObject()) {
            throw new ImportException(fileName, "", ImportCodes.JSON_UNEXPECTED_SHAPE, "Crossref work");
        }
        JsonNode m = root;
        String p = "";
        if (root.has("message") && (root.has("message-type") || root.has("status"))) {
            String type = doc.text(root, "", "message-type");
            if (type != null && !"work".equals(type)) {
                throw new ImportException(fileName, "/message-type", ImportCodes.JSON_UNEXPECTED_SHAPE,
                        "Crossref work");
            }
            m = doc.object(root, "", "message");
            p = "/message";
            doc.failIfErrors();
            if (m == null) {
                throw new ImportException(fileName, "/message", ImportCodes.JSON_UNEXPECTED_SHAPE, "Crossref work");
            }
        }
        if (!m.has("DOI")) {
            throw new ImportException(fileName, p, ImportCodes.JSON_UNEXPECTED_SHAPE, "Crossref work");
        }
        String doiText = doc.text(m, p, "DOI");
        Optional<String> doi = Doi.normalise(doiText);
        String title = first(doc, m, p, "title");
        String venue = first(doc, m, p, "container-title");
        String type = doc.text(m, p, "type");
        LocalDate date = null;
        for (String field : DATE_FIELDS) {
            LocalDate d = dateParts(doc, m, p, field);
            if (date == null && d != null) {
                date = d;
            }
        }
        Long cited = doc.integer(m, p, "is-referenced-by-count");
        JsonNode indexed = doc.object(m, p, "indexed");
        String ip = JsonDoc.child(p, "indexed");
        LocalDate asOf = Dates.isoDatePart(doc.text(indexed, ip, "date-time"));
        if (asOf == null) {
            asOf = dateParts(doc, m, p, "indexed");
        }
        List<ImportedAuthor> authors = authors(doc, m, p);
        Set<String> funders = new LinkedHashSet<>();
        JsonNode funderList = doc.array(m, p, "funder");
        for (int i = 0; i < funderList.size(); i++) {
            JsonNode f = doc.element(funderList, JsonDoc.child(p, "funder"), i);
            String name = doc.text(f, JsonDoc.child(JsonDoc.child(p, "funder"), i), "name");
            if (name != null) {
                funders.add(name);
            }
        }
        doc.failIfErrors();

        if (doi.isEmpty()) {
            throw new ImportException(fileName, JsonDoc.child(p, "DOI"), ImportCodes.DOI_INVALID,
                    doiText == null ? "" : doiText);
        }
        List<ImportedWork> works = new ArrayList<>();
        if (title == null) {
            doc.warn(JsonDoc.child(p, "title"), ImportCodes.WORK_NO_TITLE);
        } else if (date == null) {
            doc.warn(JsonDoc.child(p, "issued"), ImportCodes.WORK_NO_DATE);
        } else {
            OutputKind kind = WorkKinds.crossref(type).orElse(null);
            if (kind == null) {
                kind = WorkKinds.FALLBACK;
                doc.warn(JsonDoc.child(p, "type"), ImportCodes.WORK_KIND_GUESSED, type == null ? "" : type,
                        kind.name());
            }
            Map<String, String> attributes = new HashMap<>();
            String names = String.join("; ", authors.stream().map(ImportedAuthor::displayName)
                    .filter(s -> !s.isEmpty()).toList());
            if (!names.isEmpty()) {
                attributes.put(OutputAttribute.AUTHORS, names);
            }
            if (!funders.isEmpty()) {
                attributes.put(OutputAttribute.FUNDER, String.join("; ", funders));
            }
            Integer citations = cited == null || cited < 0 || cited > Integer.MAX_VALUE ? null : cited.intValue();
            Output output = new Output(OutputId.NEW, kind, title, date, venue, doi.get(), "", false, citations,
                    citations == null ? null : SOURCE,
                    citations == null ? null : (asOf == null ? importDate : asOf), null, attributes, List.of(), 0);
            works.add(new ImportedWork(output, authors, doi.get()));
        }
        return new ScholarlyRecord(ImportFormat.CROSSREF_WORK, ScholarlyIdentity.EMPTY, null, works, List.of(),
                doc.warnings);
    }

    private static List<ImportedAuthor> authors(JsonDoc doc, JsonNode m, String p) {
        List<ImportedAuthor> authors = new ArrayList<>();
        String ap = JsonDoc.child(p, "author");
        JsonNode list = doc.array(m, p, "author");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = doc.element(list, ap, i);
            if (a == null) {
                continue;
            }
            String ip = JsonDoc.child(ap, i);
            String given = doc.text(a, ip, "given");
            String family = doc.text(a, ip, "family");
            String name = doc.text(a, ip, "name");
            String display = name != null ? name
                    : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            String orcid = OrcidIds.normalise(doc.text(a, ip, "ORCID")).orElse("");
            authors.add(new ImportedAuthor(display, given, family, orcid, i + 1, false));
        }
        return authors;
    }

    /** The first text of a Crossref list field such as {@code title} (a plain text is accepted too). */
    private static String first(JsonDoc doc, JsonNode m, String p, String field) {
        JsonNode n = m.get(field);
        if (n != null && n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String s = doc.scalarText(n.get(i), JsonDoc.child(JsonDoc.child(p, field), i));
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        return doc.text(m, p, field);
    }

    /** A Crossref date object's {@code date-parts: [[y, m, d]]}; null when absent. */
    private static LocalDate dateParts(JsonDoc doc, JsonNode m, String p, String field) {
        JsonNode d = doc.object(m, p, field);
        if (d == null) {
            return null;
        }
        String dp = JsonDoc.child(p, field);
        JsonNode parts = doc.array(d, dp, "date-parts");
        if (parts.isEmpty()) {
            return null;
        }
        JsonNode first = parts.get(0);
        String pp = JsonDoc.child(JsonDoc.child(dp, "date-parts"), 0);
        if (first == null || first.isNull()) {
            return null;
        }
        if (!first.isArray()) {
            doc.error(pp, ImportCodes.JSON_WRONG_TYPE, "array");
            return null;
        }
        String[] ymd = new String[3];
        for (int i = 0; i < Math.min(3, first.size()); i++) {
            ymd[i] = doc.scalarText(first.get(i), JsonDoc.child(pp, i));
        }
        return Dates.partial(ymd[0], ymd[1], ymd[2]);
    }
}
