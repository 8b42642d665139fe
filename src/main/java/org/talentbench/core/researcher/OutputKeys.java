package org.talentbench.core.researcher;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised keys by which two records of the same work are recognised when an output is entered: the DOI
 * (lower case, without resolver prefix), the kind's own identifier (patent, standard or registration number, upper
 * case without spaces or punctuation; for patents the 专利号 prefix {@code ZL} and the {@code CN} prefix are
 * equivalent), and the title (Unicode NFKC, lower case, letters and digits only, so that full-width punctuation,
 * spacing and case do not hide a duplicate). Stateless and thread-safe.
 */
public final class OutputKeys {
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");

    /** Why two outputs are taken for the same work. */
    public enum Match { DOI, EXTERNAL_ID, TITLE_AND_YEAR }

    private OutputKeys() {
    }

    /**
     * Whether {@code a} and {@code b} are probably the same work: the same DOI; the same identifier for the same kind;
     * or the same normalised title in the same year for the same kind (journal and conference papers count as one
     * kind, since the same paper is often entered as either). Empty when they differ.
     */
    public static java.util.Optional<Match> match(Output a, Output b) {
        String da = doi(a.doi());
        if (!da.isEmpty() && da.equals(doi(b.doi()))) {
            return java.util.Optional.of(Match.DOI);
        }
        boolean sameKind = a.kind() == b.kind() || a.kind().isPaper() && b.kind().isPaper();
        if (!sameKind) {
            return java.util.Optional.empty();
        }
        String ea = externalId(a.kind(), a.externalId());
        if (!ea.isEmpty() && ea.equals(externalId(b.kind(), b.externalId()))) {
            return java.util.Optional.of(Match.EXTERNAL_ID);
        }
        String ta = title(a.title());
        if (!ta.isEmpty() && a.year() == b.year() && ta.equals(title(b.title()))) {
            return java.util.Optional.of(Match.TITLE_AND_YEAR);
        }
        return java.util.Optional.empty();
    }

    /** The bare lower-case DOI ({@code 10.…}), or "" when {@code doi} is blank. */
    public static String doi(String doi) {
        if (doi == null) {
            return "";
        }
        String t = Normalizer.normalize(doi, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                "http://dx.doi.org/", "doi.org/", "dx.doi.org/", "doi:", "doi "}) {
            if (t.startsWith(prefix)) {
                t = t.substring(prefix.length()).trim();
            }
        }
        return t;
    }

    /** Whether a normalised DOI looks like one: {@code 10.<registrant>/<suffix>}. */
    public static boolean isDoi(String normalisedDoi) {
        return DOI.matcher(normalisedDoi).matches();
    }

    /** The kind's identifier without case, spaces or punctuation; "" when blank. */
    public static String externalId(OutputKind kind, String externalId) {
        if (externalId == null) {
            return "";
        }
        String t = Normalizer.normalize(externalId, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
        if (kind == OutputKind.PATENT && (t.startsWith("ZL") || t.startsWith("CN"))) {
            t = t.substring(2);
        }
        return t;
    }

    /** The title reduced to lower-case letters and digits (CJK characters are letters). */
    public static String title(String title) {
        if (title == null) {
            return "";
        }
        return Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
