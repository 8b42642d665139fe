package org.talentbench.core.cycle;

/**
 * The cycle of one research category: its length in years, whether the category is really judged by task
 * milestones (国家重大攻关任务: the configured length then stands in for the milestone schedule and the decision says
 * so), the cycle length that applies while the researcher is young talent, and whether young talent files an
 * ungraded annual check-in between full evaluations.
 *
 * <p>Invariant: lengths are at least one year. A young-talent cycle never shortens a category's cycle: the length
 * used for a young-talent cycle is {@code max(years, youngTalentYears)} (the policy asks to lengthen, not shorten).
 */
public record CategoryCycle(int years, boolean milestone, int youngTalentYears, boolean youngTalentAnnualCheckIn) {
    public CategoryCycle {
        if (years < 1 || youngTalentYears < 1) {
            throw new IllegalArgumentException("cycle lengths must be at least one year");
        }
    }

    /** The length of a cycle that starts while the researcher is (or is not) young talent. */
    public int lengthFor(boolean youngTalent) {
        return youngTalent ? Math.max(years, youngTalentYears) : years;
    }
}
