package org.talentbench.core.cycle;

import org.talentbench.core.researcher.CareerBreak;

/**
 * How each kind of career break lengthens an evaluation window and the young-talent limit. Defaults follow the
 * European Research Council's eligibility rule, which the policy notes cite as widely used:
 * <ul>
 *   <li>maternity: {@code maternityMonthsPerChild} (18) per child — one MATERNITY break is one child — or the
 *       documented leave actually taken if that is longer ({@code maternityAtLeastActualLeave});</li>
 *   <li>paternity: the documented leave actually taken;</li>
 *   <li>long illness: the leave taken, only if it is longer than {@code illnessMinDays} (90) days;</li>
 *   <li>national service: the time served;</li>
 *   <li>OTHER: nothing, unless {@code otherExtends} is set (then the time taken).</li>
 * </ul>
 * Immutable value; safe to share between threads.
 */
public record CareerBreakRules(int maternityMonthsPerChild, boolean maternityAtLeastActualLeave,
                               boolean paternityExtends, int illnessMinDays, boolean nationalServiceExtends,
                               boolean otherExtends) {

    public CareerBreakRules {
        if (maternityMonthsPerChild < 0 || illnessMinDays < 0) {
            throw new IllegalArgumentException("negative break rule");
        }
    }

    public static CareerBreakRules defaults() {
        return new CareerBreakRules(18, true, true, 90, true, false);
    }

    /**
     * The extension one break earns, with the reason that explains it (the reason is returned even when the break
     * earns nothing, so the decision can say why a break was not counted).
     */
    Extension.Earned extensionFor(CareerBreak b) {
        long days = b.days();
        return switch (b.kind()) {
            case MATERNITY -> {
                boolean actualLonger = maternityAtLeastActualLeave
                        && b.start().plusDays(days).isAfter(b.start().plusMonths(maternityMonthsPerChild));
                yield actualLonger
                        ? new Extension.Earned(new Extension(0, days),
                        Reason.of("cycle.reason.maternityActualLeave", days, b.start()))
                        : new Extension.Earned(new Extension(maternityMonthsPerChild, 0),
                        Reason.of("cycle.reason.maternityExtension", maternityMonthsPerChild, b.start()));
            }
            case PATERNITY -> paternityExtends
                    ? new Extension.Earned(new Extension(0, days),
                    Reason.of("cycle.reason.paternityExtension", days, b.start()))
                    : new Extension.Earned(Extension.NONE,
                    Reason.of("cycle.reason.breakNotExtended", b.kind(), days, b.start()));
            case LONG_ILLNESS -> days > illnessMinDays
                    ? new Extension.Earned(new Extension(0, days),
                    Reason.of("cycle.reason.illnessExtension", days, b.start()))
                    : new Extension.Earned(Extension.NONE,
                    Reason.of("cycle.reason.illnessBelowThreshold", days, illnessMinDays, b.start()));
            case NATIONAL_SERVICE -> nationalServiceExtends
                    ? new Extension.Earned(new Extension(0, days),
                    Reason.of("cycle.reason.nationalServiceExtension", days, b.start()))
                    : new Extension.Earned(Extension.NONE,
                    Reason.of("cycle.reason.breakNotExtended", b.kind(), days, b.start()));
            case OTHER -> otherExtends
                    ? new Extension.Earned(new Extension(0, days),
                    Reason.of("cycle.reason.otherBreakExtension", days, b.start()))
                    : new Extension.Earned(Extension.NONE,
                    Reason.of("cycle.reason.breakNotExtended", b.kind(), days, b.start()));
        };
    }
}
