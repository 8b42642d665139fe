package org.talentbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.tech.Shortlist;
import org.talentbench.core.tech.TalentMap;
import org.talentbench.core.tech.Technology;
import org.talentbench.exchange.keytech.TalentMapWorkbook;
import org.talentbench.i18n.Language;
import org.talentbench.report.Letterhead;
import org.talentbench.report.MissingGlyph;
import org.talentbench.report.PdfRenderer;
import org.talentbench.report.ShortlistReport;
import org.talentbench.report.TalentMapReport;
import org.talentbench.security.Permission;

/**
 * Writes the talent map (.xlsx or .pdf, by the file's extension) and the shortlist of an open call (.pdf) with the
 * institute's letterhead from the settings. Files are written completely or not at all. Keeps one PDF renderer
 * (its fonts take half a second to read); renders run one at a time.
 */
public final class TechnologyExports {
    /** Setting keys of the institute's names (as the demo writes them). */
    static final String INSTITUTE_NAME = "institute.name";
    static final String INSTITUTE_NAME_EN = "institute.nameEn";

    private final Transactions tx;
    private final Clock clock;
    private final Session session;
    private PdfRenderer renderer;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public TechnologyExports(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    /** Writing a map or shortlist needs {@link Permission#EXPORT} of {@code session} (decision 0090). */
    public TechnologyExports(Transactions tx, Session session) {
        this(tx, Clock.systemDefaultZone(), session);
    }

    public TechnologyExports(Transactions tx, Clock clock) {
        this(tx, clock, Session.unattended(tx));
    }

    public TechnologyExports(Transactions tx, Clock clock, Session session) {
        this.tx = tx;
        this.clock = clock;
        this.session = session;
    }

    /**
     * Writes the map to {@code file}: a workbook for {@code .xlsx}, an A4 landscape PDF/A for {@code .pdf}.
     *
     * @return characters no font could show (PDF only); the caller must tell the user
     * @throws UserFacingException {@code keytech.export.unknownFormat} for another extension,
     *                             {@code keytech.export.failed} when the file cannot be written
     */
    public List<MissingGlyph> exportMap(TalentMap map, Path file, Language language) {
        session.require(Permission.EXPORT);
        String ext = extension(file);
        try {
            if (ext.equals("xlsx")) {
                writeAtomically(file, out -> new TalentMapWorkbook().write(map, out, language));
                return List.of();
            }
            if (ext.equals("pdf")) {
                return renderer().renderTo(new TalentMapReport(letterhead(), map, language, LocalDate.now(clock)),
                        file);
            }
        } catch (IOException e) {
            throw new UserFacingException("keytech.export.failed", false, e, file.toString(), e.getMessage());
        }
        throw new UserFacingException("keytech.export.unknownFormat", true, null, file.toString());
    }

    /**
     * Writes the shortlist as an A4 landscape PDF/A for the decision meeting.
     *
     * @param technologies the list's technologies, for their names
     * @throws UserFacingException {@code keytech.export.unknownFormat} when the file is not {@code .pdf},
     *                             {@code keytech.export.failed} when it cannot be written
     */
    public List<MissingGlyph> exportShortlist(Shortlist shortlist, List<Technology> technologies, Path file,
                                              Language language) {
        session.require(Permission.EXPORT);
        if (!extension(file).equals("pdf")) {
            throw new UserFacingException("keytech.export.unknownFormat", true, null, file.toString());
        }
        List<Department> departments = tx.read(repos -> repos.departments().findAll());
        try {
            return renderer().renderTo(new ShortlistReport(letterhead(), shortlist, technologies, departments,
                    language, LocalDate.now(clock)), file);
        } catch (IOException e) {
            throw new UserFacingException("keytech.export.failed", false, e, file.toString(), e.getMessage());
        }
    }

    /** The institute's names and logo from the settings (see {@link RuleSettingsService#letterhead()}). */
    public Letterhead letterhead() {
        session.require(Permission.VIEW);
        return tx.read(RuleSettingsService::letterhead);
    }

    private synchronized PdfRenderer renderer() {
        if (renderer == null) {
            renderer = new PdfRenderer();
        }
        return renderer;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Writer writer) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".talentbench-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
