package org.talentbench.exchange;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.talentbench.core.researcher.Orcid;

/**
 * Reading ORCID iDs as sources and people write them: bare, with a lower-case {@code x}, without hyphens, or as an
 * {@code https://orcid.org/…} (or sandbox) link. The result is the canonical form that {@link Orcid#isValid} accepts.
 */
public final class OrcidIds {
    private static final Pattern PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.|sandbox\\.)?orcid\\.org/",
            Pattern.CASE_INSENSITIVE);

    private OrcidIds() {
    }

    /** The canonical iD, or empty when the text is not a valid ORCID iD (form or check character). */
    public static Optional<String> normalise(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = PREFIX.matcher(value.strip()).replaceFirst("").toUpperCase(Locale.ROOT).replace("-", "");
        if (s.length() != 16) {
            return Optional.empty();
        }
        String canonical = s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-"
                + s.substring(12);
        return Orcid.isValid(canonical) ? Optional.of(canonical) : Optional.empty();
    }
}
