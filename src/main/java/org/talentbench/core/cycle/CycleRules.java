package org.talentbench.core.cycle;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * Every number the cycle decision uses, as configurable defaults (no national rule fixes them; see
 * {@code policy-rules.md}). Defaults: basic research 5 years; applied research 3; public welfare 3; national major
 * tasks 3 with the milestone flag; young talent 5 with an annual ungraded check-in; young talent = under 40 on
 * 1 January; career breaks as in {@link CareerBreakRules#defaults()}; new hires file check-ins during their first
 * cycle.
 *
 * <p>Immutable; the category map is an unmodifiable copy that holds every category.
 */
public record CycleRules(Map<ResearchCategory, CategoryCycle> categories, YoungTalentRule youngTalent,
                         CareerBreakRules breaks, boolean newHireCheckIn) {

    public CycleRules {
        Objects.requireNonNull(youngTalent, "youngTalent");
        Objects.requireNonNull(breaks, "breaks");
        EnumMap<ResearchCategory, CategoryCycle> copy = new EnumMap<>(ResearchCategory.class);
        copy.putAll(defaultCategories());
        if (categories != null) {
            copy.putAll(categories);
        }
        categories = Map.copyOf(copy);
    }

    public static CycleRules defaults() {
        return new CycleRules(defaultCategories(), YoungTalentRule.defaults(), CareerBreakRules.defaults(), true);
    }

    /** The suggested default cycle of each category. */
    public static Map<ResearchCategory, CategoryCycle> defaultCategories() {
        EnumMap<ResearchCategory, CategoryCycle> m = new EnumMap<>(ResearchCategory.class);
        m.put(ResearchCategory.BASIC, new CategoryCycle(5, false, 5, true));
        m.put(ResearchCategory.APPLIED, new CategoryCycle(3, false, 5, true));
        m.put(ResearchCategory.PUBLIC_WELFARE, new CategoryCycle(3, false, 5, true));
        m.put(ResearchCategory.NATIONAL_MAJOR_TASK, new CategoryCycle(3, true, 5, true));
        return m;
    }

    public CategoryCycle cycleFor(ResearchCategory category) {
        return categories.get(category);
    }

    public CycleRules withCategory(ResearchCategory category, CategoryCycle cycle) {
        EnumMap<ResearchCategory, CategoryCycle> m = new EnumMap<>(categories);
        m.put(category, cycle);
        return new CycleRules(m, youngTalent, breaks, newHireCheckIn);
    }

    public CycleRules withYoungTalent(YoungTalentRule rule) {
        return new CycleRules(categories, rule, breaks, newHireCheckIn);
    }

    public CycleRules withBreaks(CareerBreakRules rules) {
        return new CycleRules(categories, youngTalent, rules, newHireCheckIn);
    }
}
