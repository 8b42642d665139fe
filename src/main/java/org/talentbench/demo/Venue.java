package org.talentbench.demo;

/**
 * A journal, conference or other outlet of demo outputs, with how its DOIs look.
 *
 * <p>{@code doiPattern} is {@code null} for outlets that do not register DOIs; otherwise it holds the tokens
 * {@code {y}} (year), {@code {yy}} (two-digit year), {@code {v}} (volume: year minus {@code volumeBase}) and
 * {@code {s}} (a serial that is unique across the whole demo, which is what keeps DOIs unique).
 * {@code tier} 1–3 scales expected citations. Immutable.
 *
 * @param domestic     a Chinese journal (国内科技期刊), including Chinese-run English-language journals
 * @param englishTitle titles and bylines are in English
 */
record Venue(String name, boolean domestic, boolean englishTitle, String doiPattern, int volumeBase, int tier) {

    static Venue domesticZh(String name, String doiPattern, int tier) {
        return new Venue(name, true, false, doiPattern, 0, tier);
    }

    static Venue domesticEn(String name, String doiPattern, int tier) {
        return new Venue(name, true, true, doiPattern, 0, tier);
    }

    static Venue international(String name, String doiPattern, int tier) {
        return new Venue(name, false, true, doiPattern, 0, tier);
    }

    Venue withVolumeBase(int base) {
        return new Venue(name, domestic, englishTitle, doiPattern, base, tier);
    }

    boolean hasDoi() {
        return doiPattern != null;
    }

    /** Fills the pattern; {@code ""} when the outlet has no DOIs. */
    String doi(int year, long serial) {
        if (doiPattern == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(doiPattern.length() + 12);
        int i = 0;
        while (i < doiPattern.length()) {
            char c = doiPattern.charAt(i);
            if (c == '{') {
                int close = doiPattern.indexOf('}', i);
                String token = doiPattern.substring(i + 1, close);
                switch (token) {
                    case "y" -> out.append(year);
                    case "yy" -> appendTwoDigits(out, year % 100);
                    case "v" -> out.append(year - volumeBase);
                    case "s" -> out.append(serial);
                    default -> throw new IllegalStateException("unknown DOI token " + token + " in " + doiPattern);
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void appendTwoDigits(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        out.append(value);
    }
}
