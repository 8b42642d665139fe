package org.talentbench.exchange.sheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportProblem;
import org.talentbench.exchange.Limits;

/**
 * Reads outputs from an .xlsx workbook or CSV file laid out as {@link Templates#OUTPUTS}. Contributors of the
 * institute are given by employee number with their shares (each above 0, at most 100 in total per output),
 * optional byline positions and corresponding authors. Kind-specific attributes have their own columns; any other
 * attribute travels in the "other attributes" column as key=value lines, so that an export reads back unchanged.
 *
 * <p>Rows repeating a DOI, a kind's number (patent number …) or the kind, title, date and contributors of an
 * earlier row are reported. A file that cannot be read at all throws {@link ImportException}. Stateless and thread-safe.
 */
public final class OutputSheetReader {

    public SheetReadResult<SheetOutput> read(Path file) {
        return read(file, null);
    }

    public SheetReadResult<SheetOutput> read(Path file, ColumnMapping mapping) {
        return read(String.valueOf(file.getFileName()), Limits.readAll(file), mapping, no -> true);
    }

    /**
     * @param mapping        header mapping, or null to match headers automatically
     * @param knownEmployees whether an employee number belongs to a researcher of the institute; contributors
     *                       failing it are reported with {@link ImportCodes#ROW_UNKNOWN_RESEARCHER}
     */
    public SheetReadResult<SheetOutput> read(String fileName, byte[] content, ColumnMapping mapping,
                                             Predicate<String> knownEmployees) {
        List<ImportProblem> problems = new ArrayList<>();
        try (SheetSource source = SheetSource.open(fileName, content)) {
            String sheet = source.sheetFor(Templates.OUTPUTS, true)
                    .orElseThrow(() -> new ImportException(fileName, "", ImportCodes.SHEET_NO_HEADER));
            Map<String, Integer> seen = new HashMap<>();
            List<String> locations = new ArrayList<>();
            List<SheetOutput> rows = LayoutReader.read(fileName, source, sheet, Templates.OUTPUTS, mapping,
                    row -> output(row, seen, knownEmployees), problems, locations);
            return new SheetReadResult<>(rows, problems, locations);
        }
    }

    private static SheetOutput output(RowContext row, Map<String, Integer> seen, Predicate<String> known) {
        OutputKind kind = row.choice("kind", OutputKind.class);
        String title = row.text("title");
        LocalDate date = row.date("date");
        String venue = row.text("venue");
        String doi = row.doi("doi");
        String externalId = row.text("externalId");
        Boolean domestic = row.bool("domesticJournal");
        Integer citations = row.integer("citations");
        String citationSource = row.text("citationSource");
        LocalDate citationAsOf = row.date("citationAsOf");
        BigDecimal impact = row.decimal("fieldNormalisedImpact");
        List<ContributorRef> contributors = contributors(row, known);
        Map<String, String> attributes = new LinkedHashMap<>(row.attributes(Templates.OTHER_ATTRIBUTES));
        for (String key : Templates.ATTRIBUTE_KEYS) {
            String value = attribute(row, key);
            if (!value.isEmpty()) {
                attributes.put(key, value);
            }
        }
        duplicate(row, seen, "doi", doi.isEmpty() ? null : "doi " + doi, doi);
        if (kind != null && !externalId.isEmpty()) {
            duplicate(row, seen, "externalId", "id " + kind + " " + externalId, externalId);
        }
        if (kind != null && date != null && !title.isEmpty()) {
            // the same title may well recur (two people reviewing for one journal, a patent family): a row repeats
            // another only with the same kind, title, date and contributors
            String people = String.join(",", contributors.stream().map(ContributorRef::employeeNo).sorted().toList());
            duplicate(row, seen, "title", "title " + kind + " " + date + " " + normaliseTitle(title) + " " + people,
                    title);
        }
        if (row.hasProblems() || kind == null || title.isEmpty() || date == null) {
            return null;
        }
        Output output = new Output(OutputId.NEW, kind, title, date, venue, doi, externalId,
                Boolean.TRUE.equals(domestic), citations, citationSource, citationAsOf,
                impact == null ? null : impact.doubleValue(), attributes, List.of(), 0);
        return new SheetOutput(output, contributors);
    }

    private static String attribute(RowContext row, String key) {
        ColumnDef def = Templates.OUTPUTS.column(key).orElseThrow();
        return switch (def.type()) {
            case CHOICE -> {
                String code = row.choice(key);
                yield code == null ? "" : code;
            }
            case BOOLEAN -> {
                Boolean b = row.bool(key);
                yield b == null ? "" : b.toString();
            }
            case DECIMAL -> {
                BigDecimal d = row.decimal(key);
                yield d == null ? "" : CellValues.plain(d);
            }
            case INTEGER -> {
                Integer i = row.integer(key);
                yield i == null ? "" : i.toString();
            }
            case DATE -> {
                LocalDate d = row.date(key);
                yield d == null ? "" : d.toString();
            }
            default -> row.text(key);
        };
    }

    private static List<ContributorRef> contributors(RowContext row, Predicate<String> known) {
        List<String> nos = row.list("contributorNos");
        List<String> shares = row.list("contributorShares");
        List<String> positions = row.list("contributorPositions");
        List<String> corresponding = row.list("correspondingNos");
        if (shares.size() != nos.size()) {
            row.problem("contributorShares", ImportCodes.ROW_CONTRIBUTOR_COUNT, nos.size(), shares.size());
            return List.of();
        }
        if (!positions.isEmpty() && positions.size() != nos.size()) {
            row.problem("contributorPositions", ImportCodes.ROW_CONTRIBUTOR_COUNT, nos.size(), positions.size());
            return List.of();
        }
        Set<String> distinct = new HashSet<>();
        for (String no : nos) {
            if (!distinct.add(no)) {
                row.problem("contributorNos", ImportCodes.ROW_DUPLICATE_CONTRIBUTOR, no);
            } else if (!known.test(no)) {
                row.problem("contributorNos", ImportCodes.ROW_UNKNOWN_RESEARCHER, no);
            }
        }
        for (String c : corresponding) {
            if (!distinct.contains(c)) {
                row.problem("correspondingNos", ImportCodes.ROW_CORRESPONDING_NOT_CONTRIBUTOR, c);
            }
        }
        List<ContributorRef> out = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < nos.size(); i++) {
            BigDecimal share = CellValues.parseNumber(shares.get(i)).orElse(null);
            if (share == null) {
                row.problem("contributorShares", ImportCodes.CELL_NUMBER, shares.get(i));
                continue;
            }
            if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                row.problem("contributorShares", ImportCodes.ROW_SHARE_RANGE, shares.get(i));
                continue;
            }
            total = total.add(share);
            int position = 0;
            if (!positions.isEmpty()) {
                BigDecimal p = CellValues.parseNumber(positions.get(i)).orElse(null);
                if (p == null || p.stripTrailingZeros().scale() > 0 || p.signum() <= 0
                        || p.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                    row.problem("contributorPositions", ImportCodes.CELL_INTEGER, positions.get(i));
                    continue;
                }
                position = p.intValue();
            }
            out.add(new ContributorRef(nos.get(i), position, corresponding.contains(nos.get(i)),
                    share.doubleValue()));
        }
        if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
            row.problem("contributorShares", ImportCodes.ROW_SHARE_OVER_100, CellValues.plain(total));
        }
        return out;
    }

    private static void duplicate(RowContext row, Map<String, Integer> seen, String column, String key,
                                  String shown) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, row.row);
        if (first != null) {
            row.problem(column, ImportCodes.ROW_DUPLICATE, shown, first);
        }
    }

    /** The title in NFKC and lower case without white space ({@code [ \\t\\n\\x0B\\f\\r]}), punctuation or symbols. */
    static String normaliseTitle(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!isTitleNoise(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** What the regex class {@code [\\s\\p{P}\\p{S}]} matches, without a matcher per row. */
    private static boolean isTitleNoise(int cp) {
        switch (cp) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r' -> {
                return true;
            }
            default -> {
                // by category below
            }
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
