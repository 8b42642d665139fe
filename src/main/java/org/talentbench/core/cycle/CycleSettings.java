package org.talentbench.core.cycle;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * Reads the institute's cycle rules from the per-database settings (string pairs under {@code cycle.}): the cycle
 * length of each research category, the young-talent cycle and check-in, the young-talent rule and the career-break
 * extensions. A key that is not set takes the default of {@link CycleRules#defaults()}, so a database without any of
 * these settings behaves exactly as before they existed.
 *
 * <p>A category whose cycle keys are set overrides the cycle carried by a scheme ({@link #overlay}); a category
 * without them keeps the scheme's cycle. Values that do not parse are refused with {@code settings.invalid} (args:
 * key, value) rather than silently defaulted, because these numbers decide who is evaluated. Stateless.
 */
public final class CycleSettings {
    public static final String PREFIX = "cycle.";
    public static final String YOUNG_MODE = "cycle.youngTalent.mode";
    public static final String YOUNG_AGE = "cycle.youngTalent.ageUnder";
    public static final String YOUNG_MALE_AGE = "cycle.youngTalent.maleAgeUnder";
    public static final String YOUNG_FEMALE_AGE = "cycle.youngTalent.femaleAgeUnder";
    public static final String YOUNG_DOCTORATE_YEARS = "cycle.youngTalent.maxYearsSinceDoctorate";
    public static final String YOUNG_BREAKS_EXTEND = "cycle.youngTalent.breaksExtend";
    public static final String MATERNITY_MONTHS = "cycle.breaks.maternityMonthsPerChild";
    public static final String ILLNESS_MIN_DAYS = "cycle.breaks.illnessMinDays";

    private CycleSettings() {
    }

    /** {@code cycle.<CATEGORY>.years}: the category's cycle in years. */
    public static String yearsKey(ResearchCategory c) {
        return PREFIX + c.name() + ".years";
    }

    /** {@code cycle.<CATEGORY>.youngTalentYears}: the cycle while the researcher is young talent. */
    public static String youngYearsKey(ResearchCategory c) {
        return PREFIX + c.name() + ".youngTalentYears";
    }

    /** {@code cycle.<CATEGORY>.youngTalentCheckIn}: whether young talent files an annual ungraded check-in. */
    public static String checkInKey(ResearchCategory c) {
        return PREFIX + c.name() + ".youngTalentCheckIn";
    }

    /** The cycle rules the settings describe, defaults where a key is not set. */
    public static CycleRules rules(Map<String, String> s) {
        CycleRules d = CycleRules.defaults();
        Map<ResearchCategory, CategoryCycle> cats = new EnumMap<>(ResearchCategory.class);
        for (ResearchCategory c : ResearchCategory.values()) {
            cats.put(c, overlay(d.cycleFor(c), c, s));
        }
        YoungTalentRule y = d.youngTalent();
        YoungTalentRule.Mode mode = y.mode();
        String m = s.get(YOUNG_MODE);
        if (m != null) {
            try {
                mode = YoungTalentRule.Mode.valueOf(m.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("settings.invalid", YOUNG_MODE, m);
            }
        }
        YoungTalentRule young = new YoungTalentRule(mode, integer(s, YOUNG_AGE, y.ageUnder(), 1, 100),
                optionalInteger(s, YOUNG_MALE_AGE, y.maleAgeUnder()),
                optionalInteger(s, YOUNG_FEMALE_AGE, y.femaleAgeUnder()),
                integer(s, YOUNG_DOCTORATE_YEARS, y.maxYearsSinceDoctorate(), 0, 50),
                bool(s, YOUNG_BREAKS_EXTEND, y.breaksExtend()));
        CareerBreakRules b = d.breaks();
        CareerBreakRules breaks = new CareerBreakRules(integer(s, MATERNITY_MONTHS, b.maternityMonthsPerChild(), 0, 120),
                b.maternityAtLeastActualLeave(), b.paternityExtends(),
                integer(s, ILLNESS_MIN_DAYS, b.illnessMinDays(), 0, 3650), b.nationalServiceExtends(),
                b.otherExtends());
        return new CycleRules(cats, young, breaks, d.newHireCheckIn());
    }

    /** Whether any cycle key of the category is set, i.e. whether it overrides a scheme's own cycle. */
    public static boolean overridesCategory(ResearchCategory c, Map<String, String> s) {
        return s.containsKey(yearsKey(c)) || s.containsKey(youngYearsKey(c)) || s.containsKey(checkInKey(c));
    }

    /** {@code base} with the category's set keys applied (the milestone flag is never a setting). */
    public static CategoryCycle overlay(CategoryCycle base, ResearchCategory c, Map<String, String> s) {
        int years = integer(s, yearsKey(c), base.years(), 1, 20);
        int young = integer(s, youngYearsKey(c), base.youngTalentYears(), 1, 20);
        return new CategoryCycle(years, base.milestone(), young, bool(s, checkInKey(c), base.youngTalentAnnualCheckIn()));
    }

    private static int integer(Map<String, String> s, String key, int dflt, int min, int max) {
        String v = s.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new InvalidInputException("settings.invalid", key, v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("settings.invalid", key, v);
        }
    }

    private static Integer optionalInteger(Map<String, String> s, String key, Integer dflt) {
        String v = s.get(key);
        if (v == null) {
            return dflt;
        }
        if (v.isBlank() || v.strip().equalsIgnoreCase("none")) {
            return null;
        }
        return integer(s, key, 0, 1, 100);
    }

    private static boolean bool(Map<String, String> s, String key, boolean dflt) {
        String v = s.get(key);
        if (v == null) {
            return dflt;
        }
        if (v.strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (v.strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidInputException("settings.invalid", key, v);
    }
}
