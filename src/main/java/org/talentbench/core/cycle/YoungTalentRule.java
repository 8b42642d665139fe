package org.talentbench.core.cycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Researcher;

/**
 * Who counts as young talent (青年人才) in a given evaluation year; the institute chooses the rule.
 *
 * <ul>
 *   <li>{@link Mode#AGE}: age as of 1 January of the evaluation year is <em>under</em> the threshold
 *       ({@code ageUnder}, default 40; optionally {@code maleAgeUnder} / {@code femaleAgeUnder}, e.g. 38 / 40 as for
 *       NSFC 优青). A researcher whose sex is UNSPECIFIED gets {@code ageUnder}. Exactly: young iff
 *       1 January &lt; birth date + threshold years + break extension. Born on 1 January 1986, the person is 40 on
 *       1 January 2026 and no longer under 40; born on 2 January 1986, still 39.</li>
 *   <li>{@link Mode#YEARS_SINCE_DOCTORATE}: at most {@code maxYearsSinceDoctorate} years from the doctorate to
 *       1 January (inclusive): young iff 1 January ≤ doctorate date + N years + break extension. No doctorate (or no
 *       date) means not young under this rule.</li>
 *   <li>{@link Mode#AGE_OR_DOCTORATE}: either of the two.</li>
 * </ul>
 * When {@code breaksExtend} is set, the limit is lengthened by the career breaks that began before 1 January of the
 * evaluation year (for the doctorate rule: after the doctorate), each by the {@link CareerBreakRules} extension.
 * Immutable value.
 */
public record YoungTalentRule(Mode mode, int ageUnder, Integer maleAgeUnder, Integer femaleAgeUnder,
                              int maxYearsSinceDoctorate, boolean breaksExtend) {

    /** Which test makes someone young talent. */
    public enum Mode { AGE, YEARS_SINCE_DOCTORATE, AGE_OR_DOCTORATE }

    public YoungTalentRule {
        if (mode == null) {
            mode = Mode.AGE;
        }
        if (ageUnder < 1 || maxYearsSinceDoctorate < 0) {
            throw new IllegalArgumentException("invalid young-talent threshold");
        }
    }

    /** Under 40 on 1 January, breaks extend the limit. */
    public static YoungTalentRule defaults() {
        return byAge(40);
    }

    public static YoungTalentRule byAge(int ageUnder) {
        return new YoungTalentRule(Mode.AGE, ageUnder, null, null, 10, true);
    }

    public static YoungTalentRule byAgeAndSex(int maleAgeUnder, int femaleAgeUnder) {
        return new YoungTalentRule(Mode.AGE, Math.max(maleAgeUnder, femaleAgeUnder), maleAgeUnder, femaleAgeUnder,
                10, true);
    }

    public static YoungTalentRule bySinceDoctorate(int maxYears) {
        return new YoungTalentRule(Mode.YEARS_SINCE_DOCTORATE, 40, null, null, maxYears, true);
    }

    /** The age threshold that applies to a person of this sex. */
    public int thresholdFor(Gender gender) {
        if (gender == Gender.MALE && maleAgeUnder != null) {
            return maleAgeUnder;
        }
        if (gender == Gender.FEMALE && femaleAgeUnder != null) {
            return femaleAgeUnder;
        }
        return ageUnder;
    }

    /** Outcome of the test for one person and year, with its reasons. */
    public record Check(boolean young, List<Reason> reasons) {
        public Check {
            reasons = List.copyOf(reasons);
        }
    }

    /** Applies the rule for the evaluation year {@code year} (age and time are taken on 1 January of that year). */
    public Check check(Researcher r, int year, CareerBreakRules breakRules) {
        List<Reason> reasons = new ArrayList<>();
        return new Check(test(r, year, breakRules, reasons), reasons);
    }

    /** The same test as {@link #check} without building the explanation (for the cycle walk). */
    public boolean isYoung(Researcher r, int year, CareerBreakRules breakRules) {
        return test(r, year, breakRules, null);
    }

    private boolean test(Researcher r, int year, CareerBreakRules breakRules, List<Reason> reasons) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        boolean young = false;
        if (mode == Mode.AGE || mode == Mode.AGE_OR_DOCTORATE) {
            young = byAge(r, jan1, breakRules, reasons);
        }
        if (mode == Mode.YEARS_SINCE_DOCTORATE || mode == Mode.AGE_OR_DOCTORATE) {
            young = byDoctorate(r, jan1, breakRules, reasons) || young;
        }
        return young;
    }

    private boolean byAge(Researcher r, LocalDate jan1, CareerBreakRules breakRules, List<Reason> reasons) {
        if (r.birthDate() == null) {
            add(reasons, "cycle.reason.missingBirthDate");
            return false;
        }
        int threshold = thresholdFor(r.gender());
        Extension ext = breaksExtend ? extensionBefore(r, null, jan1, breakRules) : Extension.NONE;
        LocalDate limit = ext.applyTo(r.birthDate().plusYears(threshold));
        boolean young = jan1.isBefore(limit);
        if (reasons != null) {
            int age = r.birthDate().isAfter(jan1) ? 0 : Period.between(r.birthDate(), jan1).getYears();
            if (!ext.isNone()) {
                add(reasons, "cycle.reason.youngTalentLimitExtended", ext.months(), ext.days(), limit);
            }
            add(reasons, young ? "cycle.reason.youngTalentByAge" : "cycle.reason.notYoungTalentByAge", age,
                    threshold, jan1);
        }
        return young;
    }

    private boolean byDoctorate(Researcher r, LocalDate jan1, CareerBreakRules breakRules, List<Reason> reasons) {
        if (r.degree() != Degree.DOCTORATE || r.degreeDate() == null) {
            add(reasons, "cycle.reason.noDoctorate");
            return false;
        }
        Extension ext = breaksExtend ? extensionBefore(r, r.degreeDate(), jan1, breakRules) : Extension.NONE;
        LocalDate limit = ext.applyTo(r.degreeDate().plusYears(maxYearsSinceDoctorate));
        boolean young = !jan1.isAfter(limit);
        if (reasons != null) {
            int years = r.degreeDate().isAfter(jan1) ? 0 : Period.between(r.degreeDate(), jan1).getYears();
            if (!ext.isNone()) {
                add(reasons, "cycle.reason.youngTalentLimitExtended", ext.months(), ext.days(), limit);
            }
            add(reasons, young ? "cycle.reason.youngTalentByDoctorate" : "cycle.reason.notYoungTalentByDoctorate",
                    years, maxYearsSinceDoctorate, jan1);
        }
        return young;
    }

    private static void add(List<Reason> reasons, String code, Object... args) {
        if (reasons != null) {
            reasons.add(Reason.of(code, args));
        }
    }

    private static Extension extensionBefore(Researcher r, LocalDate after, LocalDate jan1,
                                             CareerBreakRules breakRules) {
        Extension total = Extension.NONE;
        for (CareerBreak b : r.breaks()) {
            if (b.start().isBefore(jan1) && (after == null || !b.start().isBefore(after))) {
                total = total.plus(breakRules.extensionFor(b).extension());
            }
        }
        return total;
    }
}
