package org.talentbench.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.exchange.bib.BibtexExporter;
import org.talentbench.exchange.bib.RisExporter;
import org.talentbench.exchange.sheet.OutputSheetWriter;
import org.talentbench.exchange.sheet.ResearcherSheetWriter;
import org.talentbench.exchange.sheet.SheetCsvWriter;
import org.talentbench.security.Permission;

/**
 * Exports researchers and outputs in the import template (.xlsx, which reads back unchanged, or CSV of the main
 * sheet), and a researcher's outputs as BibTeX or RIS. The file is written beside its target and moved into place
 * when complete, so a failed export never leaves half a file. Each export reads in one transaction. Every export
 * needs {@link Permission#EXPORT} of its {@link Session} (decision 0090). Thread-safe.
 *
 * <p>Ranked lists of an evaluation round are not exported yet: rounds do not exist in this version.
 */
public final class ExportService {

    /** The file formats of exports, told from the file name's extension. */
    public enum Format {
        XLSX(".xlsx"), CSV(".csv"), BIBTEX(".bib"), RIS(".ris");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Format> of(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith(f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final Transactions tx;
    private final Session session;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public ExportService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public ExportService(Transactions tx, Session session) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * All researchers (with career breaks and category history in .xlsx), ordered by employee number.
     *
     * @param chinese headers and labels in Chinese, else English (the import reads either)
     * @return the number of researchers written
     * @throws UserFacingException {@code export.error.format} for a format other than .xlsx or .csv,
     *                             {@code export.error.write} when the file cannot be written
     */
    public int researchers(Path file, boolean chinese) {
        session.require(Permission.EXPORT);
        Format format = sheetFormat(file);
        List<Researcher> all = tx.read(r -> r.researchers().findAll()).stream()
                .sorted((a, b) -> a.employeeNo().compareTo(b.employeeNo())).toList();
        write(file, out -> {
            if (format == Format.XLSX) {
                new ResearcherSheetWriter().write(all, out, chinese);
            } else {
                Writer w = csvWriter(out);
                new SheetCsvWriter().writeResearchers(all, w, chinese);
                w.flush();
            }
        });
        return all.size();
    }

    /**
     * All outputs, contributors named by employee number, in the order stored.
     *
     * @return the number of outputs written
     */
    public int outputs(Path file, boolean chinese) {
        session.require(Permission.EXPORT);
        Format format = sheetFormat(file);
        Export data = tx.read(r -> new Export(r.outputs().findAll(), employeeNumbers(r.researchers().findAll())));
        writeOutputs(file, format, data, chinese);
        return data.outputs().size();
    }

    /**
     * The outputs crediting one researcher: .bib, .ris, .xlsx or .csv.
     *
     * @throws UserFacingException {@code export.error.researcher} when no researcher has {@code employeeNo}
     */
    public int researcherOutputs(String employeeNo, Path file, boolean chinese) {
        session.require(Permission.EXPORT);
        Format format = Format.of(file).orElseThrow(() -> new UserFacingException("export.error.format", true, null,
                String.valueOf(file.getFileName()), ".bib, .ris, .xlsx, .csv"));
        Export data = tx.read(r -> {
            Researcher who = r.researchers().findByEmployeeNo(employeeNo).orElseThrow(
                    () -> new UserFacingException("export.error.researcher", true, null, employeeNo));
            return new Export(r.outputs().findByResearcher(who.id()), employeeNumbers(r.researchers().findAll()));
        });
        switch (format) {
            case BIBTEX -> write(file, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                new BibtexExporter().export(data.outputs(), w);
                w.flush();
            });
            case RIS -> write(file, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                new RisExporter().export(data.outputs(), w);
                w.flush();
            });
            default -> writeOutputs(file, format, data, chinese);
        }
        return data.outputs().size();
    }

    private record Export(List<Output> outputs, Map<ResearcherId, String> employeeNo) {
    }

    private static Map<ResearcherId, String> employeeNumbers(List<Researcher> researchers) {
        Map<ResearcherId, String> map = new HashMap<>();
        researchers.forEach(r -> map.put(r.id(), r.employeeNo()));
        return map;
    }

    private void writeOutputs(Path file, Format format, Export data, boolean chinese) {
        write(file, out -> {
            if (format == Format.XLSX) {
                new OutputSheetWriter().write(data.outputs(), id -> data.employeeNo().getOrDefault(id, ""), out,
                        chinese);
            } else {
                Writer w = csvWriter(out);
                new SheetCsvWriter().writeOutputs(data.outputs(), id -> data.employeeNo().getOrDefault(id, ""), w,
                        chinese);
                w.flush();
            }
        });
    }

    private static Format sheetFormat(Path file) {
        return Format.of(file).filter(f -> f == Format.XLSX || f == Format.CSV)
                .orElseThrow(() -> new UserFacingException("export.error.format", true, null,
                        String.valueOf(file.getFileName()), ".xlsx, .csv"));
    }

    private static Writer csvWriter(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(SheetCsvWriter.BOM);
        return w;
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside {@code target} and moves it into place when complete. */
    private static void write(Path target, Body body) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".talentbench-export-", ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException("export.error.write", false, e, absolute.toString(),
                    String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // nothing more to do: the temporary file is hidden and named as such
                }
            }
        }
    }
}
