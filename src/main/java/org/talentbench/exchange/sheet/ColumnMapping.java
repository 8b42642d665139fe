package org.talentbench.exchange.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which template column each header of a differently laid-out sheet holds: source header → column key, or
 * {@link #IGNORE} for a column to skip. Headers are compared after normalisation (width, case, spaces,
 * punctuation and a leading required-marker {@code *} do not count). Immutable.
 *
 * <p>A reader given an explicit mapping skips headers the mapping does not name; a reader given none uses
 * {@link #suggest} and reports headers it cannot place, so that a mistyped header never loses data silently.
 */
public final class ColumnMapping {
    /** The key that marks a source column as deliberately skipped. */
    public static final String IGNORE = "";
    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile("[\\s\\p{P}\\p{S}]");
    private final Map<String, String> byNormalisedHeader;
    private final Map<String, String> asGiven;

    private ColumnMapping(Map<String, String> headerToKey) {
        this.asGiven = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headerToKey));
        Map<String, String> m = new HashMap<>();
        headerToKey.forEach((h, k) -> m.put(normalise(h), k == null ? IGNORE : k));
        this.byNormalisedHeader = m;
    }

    public static ColumnMapping of(Map<String, String> headerToKey) {
        return new ColumnMapping(headerToKey);
    }

    /**
     * Matches each header to a column of {@code layout} by its Chinese or English header, its key, or both headers
     * written together ("工号 Employee no."). Headers that match nothing are left out of the mapping.
     */
    public static ColumnMapping suggest(List<String> headers, SheetLayout layout) {
        Map<String, String> known = new HashMap<>();
        for (ColumnDef c : layout.columns()) {
            known.put(normalise(c.key()), c.key());
            known.put(normalise(c.headerZh()), c.key());
            known.put(normalise(c.headerEn()), c.key());
            known.put(normalise(c.headerZh() + c.headerEn()), c.key());
            known.put(normalise(c.headerEn() + c.headerZh()), c.key());
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String h : headers) {
            if (h == null || h.isBlank()) {
                continue;
            }
            String key = known.get(normalise(h));
            if (key != null) {
                mapping.put(h, key);
            }
        }
        return new ColumnMapping(mapping);
    }

    /** The column key for a header; {@link #IGNORE} when skipped; empty when the mapping does not name it. */
    public Optional<String> keyFor(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(byNormalisedHeader.get(normalise(header)));
    }

    /** The mapping as it was given or suggested. */
    public Map<String, String> asMap() {
        return asGiven;
    }

    /** Headers of {@code headers} that this mapping does not name. */
    public List<String> unmapped(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (String h : headers) {
            if (h != null && !h.isBlank() && keyFor(h).isEmpty()) {
                out.add(h);
            }
        }
        return out;
    }

    /** A header as mappings compare it: width, case, spaces, punctuation and symbols do not count. */
    public static String normalise(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOISE.matcher(s).replaceAll("");
    }
}
