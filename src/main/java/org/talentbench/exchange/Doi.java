package org.talentbench.exchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DOI normalisation. TalentBench stores a DOI bare and in lower case ({@code 10.7554/elife.01567}) because DOIs are
 * case-insensitive and the same work arrives as {@code https://doi.org/10.7554/eLife.01567} from OpenAlex,
 * {@code doi:10.7554/ELIFE.01567} from a spreadsheet and bare from Crossref; de-duplication compares this form.
 */
public final class Doi {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:https?://)?(?:dx\\.)?doi\\.org/|doi:\\s*|doi\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");

    private Doi() {
    }

    /** The bare lower-case DOI, or empty when {@code value} is blank or not a DOI in any accepted form. */
    public static Optional<String> normalise(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        boolean url = s.regionMatches(true, 0, "http", 0, 4) || s.regionMatches(true, 0, "doi.org", 0, 7)
                || s.regionMatches(true, 0, "dx.doi.org", 0, 10);
        if (!s.isEmpty() && "hHdD".indexOf(s.charAt(0)) >= 0) { // every prefix starts http, dx., doi
            s = PREFIX.matcher(s).replaceFirst("");
        }
        if (url && s.indexOf('%') >= 0) {
            try {
                s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        s = s.strip().toLowerCase(Locale.ROOT);
        return BARE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
