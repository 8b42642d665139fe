package org.talentbench.exchange.bib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputKind;

/**
 * Writes outputs as BibTeX (biblatex entry types where classic BibTeX has none: {@code @patent}, {@code @standard},
 * {@code @dataset}, {@code @software}, {@code @report}). Field values are escaped for LaTeX (braces, backslash,
 * {@code & % $ # _ ~ ^}); Chinese text is written as UTF-8 for biber/XeLaTeX. The DOI is written verbatim, as
 * biblatex reads it. Keys are unique within one export. Stateless and thread-safe.
 */
public final class BibtexExporter {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    public String export(List<Output> outputs) {
        StringBuilder sb = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (Output o : outputs) {
            entry(sb, o, uniqueKey(o, keys));
        }
        return sb.toString();
    }

    public void export(List<Output> outputs, Writer out) {
        try {
            out.write(export(outputs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String entryType(OutputKind kind) {
        return switch (kind) {
            case JOURNAL_PAPER -> "article";
            case CONFERENCE_PAPER -> "inproceedings";
            case MONOGRAPH -> "book";
            case PATENT -> "patent";
            case STANDARD -> "standard";
            case DATASET -> "dataset";
            case SOFTWARE_COPYRIGHT -> "software";
            case POLICY_REPORT -> "report";
            default -> "misc";
        };
    }

    private static void entry(StringBuilder sb, Output o, String key) {
        Map<String, String> f = new LinkedHashMap<>();
        List<String> authors = Authors.of(o);
        if (!authors.isEmpty()) {
            f.put("author", String.join(" and ", authors.stream().map(BibtexExporter::author).toList()));
        }
        f.put("title", escape(o.title()));
        String venue = escape(o.venue());
        if (!venue.isEmpty()) {
            switch (o.kind()) {
                case JOURNAL_PAPER -> f.put("journal", venue);
                case CONFERENCE_PAPER -> f.put("booktitle", venue);
                case MONOGRAPH -> f.put("publisher", venue);
                case POLICY_REPORT -> f.put("institution", venue);
                default -> f.put("howpublished", venue);
            }
        }
        f.put("year", Integer.toString(o.date().getYear()));
        f.put("month", MONTHS[o.date().getMonthValue() - 1]);
        f.put("date", o.date().toString());
        if (!o.externalId().isEmpty()) {
            f.put(o.kind() == OutputKind.MONOGRAPH && o.externalId().toUpperCase(Locale.ROOT).contains("ISBN")
                    ? "isbn" : "number", escape(o.externalId().replaceFirst("(?i)^isbn[:\\s]*", "")));
        }
        if (o.kind() == OutputKind.PATENT && !o.attribute(OutputAttribute.PATENT_TYPE).isEmpty()) {
            f.put("type", escape(o.attribute(OutputAttribute.PATENT_TYPE).toLowerCase(Locale.ROOT)));
        }
        if (!o.doi().isEmpty()) {
            f.put("doi", o.doi().replaceAll("[{}\\s]", ""));
        }
        if (!o.attribute(OutputAttribute.KEYWORDS).isEmpty()) {
            f.put("keywords", escape(String.join(", ", o.attribute(OutputAttribute.KEYWORDS).split("\\s*[;；]\\s*"))));
        }
        sb.append('@').append(entryType(o.kind())).append('{').append(key).append(",\n");
        f.forEach((name, value) -> {
            boolean macro = name.equals("month");
            sb.append("  ").append(name).append(" = ").append(macro ? value : "{" + value + "}").append(",\n");
        });
        sb.setLength(sb.length() - 2);
        sb.append("\n}\n\n");
    }

    /** One author; a name containing the word "and" is braced so that BibTeX does not split it. */
    private static String author(String name) {
        String e = escape(name);
        return e.matches("(?i).*\\band\\b.*") ? "{" + e + "}" : e;
    }

    /** LaTeX-escapes text for a braced field value; line breaks become spaces. */
    static String escape(String text) {
        String s = Authors.oneLine(text);
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** First author's family name (ASCII letters only) + year + first title word; "tb" when none is ASCII. */
    static String uniqueKey(Output o, Set<String> used) {
        List<String> authors = Authors.of(o);
        String family = "";
        if (!authors.isEmpty()) {
            String a = authors.get(0);
            family = a.contains(",") ? a.substring(0, a.indexOf(',')) : a.substring(a.lastIndexOf(' ') + 1);
        }
        String word = "";
        for (String w : o.title().split("\\s+")) {
            String ascii = ascii(w);
            if (ascii.length() > 3) {
                word = ascii;
                break;
            }
        }
        String base = ascii(family).toLowerCase(Locale.ROOT);
        base = (base.isEmpty() ? "tb" : base) + o.date().getYear() + word.toLowerCase(Locale.ROOT);
        String key = base;
        for (int n = 0; !used.add(key); n++) {
            key = base + suffix(n);
        }
        return key;
    }

    private static String suffix(int n) {
        return n < 26 ? String.valueOf((char) ('a' + n)) : "x" + n;
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
    }
}
