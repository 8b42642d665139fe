package org.talentbench.core.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;

/**
 * Decides, for a reference date, whether a researcher is due for a full evaluation, a check-in, or nothing.
 *
 * <h2>The rules (every number comes from {@link CycleRules})</h2>
 * <ol>
 *   <li><b>Anchor.</b> Cycles are anchored on the hire date and follow each other without gaps: a cycle of L years
 *       starting on day S covers [S, S + L years − 1 day], plus its career-break extension; the next cycle starts
 *       the day after. Without a hire date the first dated category assignment is the anchor.</li>
 *   <li><b>Due.</b> A researcher is due ({@link CycleStatus#DUE_FULL}) in the round whose reference date falls in
 *       the calendar year in which a cycle ends; the window evaluated is that cycle. The reference date is meant to
 *       be the round's closing date; if the window ends after it, the decision says so.</li>
 *   <li><b>Cycle length.</b> The category's length; a cycle that starts while the researcher is young talent (tested
 *       on 1 January of the cycle's first year) runs {@code max(category, young-talent)} years. A cycle never changes
 *       length once started, except by career breaks.</li>
 *   <li><b>Career breaks.</b> A break belongs to the cycle in which it starts and lengthens that cycle's end by its
 *       {@link CareerBreakRules} extension (months first, then days); a break that starts inside the lengthened part
 *       counts too.</li>
 *   <li><b>New hires.</b> The first cycle is never cut short to fit an institute calendar: a hire is evaluated at the
 *       end of a full cycle length from the hire date, and files an ungraded check-in in the years before
 *       ({@link CycleStatus#CHECK_IN_ONLY}, when {@link CycleRules#newHireCheckIn()}). Per-year rates divide by the
 *       real window length, so nobody is disadvantaged by a partial year.</li>
 *   <li><b>Category change.</b> The cycle in progress on the change date is abandoned; a new cycle starts on the
 *       change date under the new category's length, but never ends before the abandoned cycle would have ended
 *       (nobody is evaluated earlier than planned because of a change). A cycle that ended before the change is
 *       evaluated under the old category.</li>
 *   <li><b>Young talent.</b> In years without a full evaluation, young talent (as of 1 January, or in a young-talent
 *       cycle) files an annual ungraded check-in when the category says so.</li>
 *   <li>Researchers who left or retired, or whose hire date is after the reference date, are not due.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class CycleEngine {
    /** Safety bound on the number of cycles walked for one person (a 1-year cycle over a century). */
    private static final int MAX_CYCLES = 200;

    private CycleEngine() {
    }

    private record Segment(LocalDate start, ResearchCategory category) {
    }

    private record Cycle(LocalDate start, LocalDate end, ResearchCategory category, int years, boolean youngCycle,
                         boolean firstSinceHire, Reason anchor, Reason keptOldEnd, List<Reason> breakReasons) {
    }

    public static CycleDecision decide(Researcher r, LocalDate referenceDate, CycleRules rules) {
        int year = referenceDate.getYear();
        YoungTalentRule.Check yt = rules.youngTalent().check(r, year, rules.breaks());
        List<Reason> reasons = new ArrayList<>(yt.reasons());
        if (r.status() != EmploymentStatus.ACTIVE) {
            reasons.add(Reason.of("cycle.reason.notActive", r.status()));
            return new CycleDecision(CycleStatus.NOT_DUE, r.category(), null, null, yt.young(), reasons);
        }
        List<Assignment> history = new ArrayList<>(r.history());
        history.sort(Comparator.comparing(Assignment::validFrom));
        LocalDate hire = r.hireDate();
        if (hire == null) {
            if (history.isEmpty()) {
                reasons.add(Reason.of("cycle.reason.missingHireDate"));
                return new CycleDecision(CycleStatus.NOT_DUE, r.category(), null, null, yt.young(), reasons);
            }
            hire = history.get(0).validFrom();
            reasons.add(Reason.of("cycle.reason.anchorFromHistory", hire));
        }
        if (referenceDate.isBefore(hire)) {
            reasons.add(Reason.of("cycle.reason.notYetHired", hire));
            return new CycleDecision(CycleStatus.NOT_DUE, r.category(), null, null, yt.young(), reasons);
        }

        List<Cycle> cycles = walk(r, segments(r, history, hire, referenceDate), year, rules);
        int dueIndex = -1;
        for (int i = 0; i < cycles.size(); i++) {
            if (cycles.get(i).end().getYear() == year) {
                dueIndex = i;
            }
        }
        if (dueIndex >= 0) {
            Cycle due = cycles.get(dueIndex);
            explain(due, rules, reasons);
            reasons.add(Reason.of("cycle.reason.dueThisYear", due.start(), due.end()));
            if (due.end().isAfter(referenceDate)) {
                reasons.add(Reason.of("cycle.reason.windowEndsAfterReference", due.end(), referenceDate));
            }
            LocalDate next = dueIndex + 1 < cycles.size() ? cycles.get(dueIndex + 1).end() : null;
            return new CycleDecision(CycleStatus.DUE_FULL, due.category(), new DateWindow(due.start(), due.end()),
                    next, yt.young(), reasons);
        }
        Cycle current = cycles.get(cycles.size() - 1);
        for (Cycle c : cycles) {
            if (!c.end().isBefore(referenceDate)) {
                current = c;
                break;
            }
        }
        explain(current, rules, reasons);
        CategoryCycle cc = rules.cycleFor(current.category());
        CycleStatus status = CycleStatus.NOT_DUE;
        if ((current.youngCycle() || yt.young()) && cc.youngTalentAnnualCheckIn()) {
            status = CycleStatus.CHECK_IN_ONLY;
            reasons.add(Reason.of("cycle.reason.checkInYoungTalent"));
        } else if (current.firstSinceHire() && rules.newHireCheckIn()) {
            status = CycleStatus.CHECK_IN_ONLY;
            reasons.add(Reason.of("cycle.reason.checkInNewHire"));
        }
        reasons.add(Reason.of("cycle.reason.notDueUntil", current.end()));
        return new CycleDecision(status, current.category(), new DateWindow(current.start(), current.end()),
                current.end(), yt.young(), reasons);
    }

    private static void explain(Cycle c, CycleRules rules, List<Reason> reasons) {
        CategoryCycle cc = rules.cycleFor(c.category());
        reasons.add(c.anchor() != null ? c.anchor() : Reason.of("cycle.reason.followsPrevious", c.start()));
        if (c.keptOldEnd() != null) {
            reasons.add(c.keptOldEnd());
        }
        reasons.add(Reason.of("cycle.reason.categoryCycle", c.category(), cc.years()));
        if (cc.milestone()) {
            reasons.add(Reason.of("cycle.reason.milestone", c.category()));
        }
        if (c.youngCycle() && c.years() != cc.years()) {
            reasons.add(Reason.of("cycle.reason.youngTalentCycle", c.years()));
        }
        if (c.firstSinceHire()) {
            reasons.add(Reason.of("cycle.reason.newHireFirstCycle", c.start(), c.end()));
        }
        reasons.addAll(c.breakReasons());
    }

    /** Category segments from the hire date to the reference date: a new segment at each change of category. */
    private static List<Segment> segments(Researcher r, List<Assignment> history, LocalDate hire, LocalDate ref) {
        ResearchCategory atHire = history.isEmpty() ? r.category() : history.get(0).category();
        for (Assignment a : history) {
            if (!a.validFrom().isAfter(hire)) {
                atHire = a.category();
            }
        }
        List<Segment> segs = new ArrayList<>();
        segs.add(new Segment(hire, atHire));
        for (Assignment a : history) {
            if (a.validFrom().isAfter(hire) && !a.validFrom().isAfter(ref)
                    && a.category() != segs.get(segs.size() - 1).category()) {
                segs.add(new Segment(a.validFrom(), a.category()));
            }
        }
        return segs;
    }

    private static List<Cycle> walk(Researcher r, List<Segment> segs, int year, CycleRules rules) {
        List<CareerBreak> breaks = new ArrayList<>(r.breaks());
        breaks.sort(Comparator.comparing(CareerBreak::start).thenComparing(CareerBreak::end)
                .thenComparingLong(CareerBreak::id));
        List<Cycle> out = new ArrayList<>();
        LocalDate abandonedEnd = null;
        for (int i = 0; i < segs.size(); i++) {
            Segment seg = segs.get(i);
            LocalDate nextChange = i + 1 < segs.size() ? segs.get(i + 1).start() : null;
            CategoryCycle cc = rules.cycleFor(seg.category());
            Reason anchor = i == 0 ? Reason.of("cycle.reason.anchorHire", seg.start())
                    : Reason.of("cycle.reason.categoryChange", seg.start(), segs.get(i - 1).category(),
                    seg.category());
            // the anchor is explained once per segment; later cycles say they follow the previous one
            LocalDate start = seg.start();
            LocalDate minEnd = abandonedEnd;
            abandonedEnd = null;
            boolean first = true;
            while (out.size() < MAX_CYCLES && (nextChange == null || start.isBefore(nextChange))) {
                boolean young = rules.youngTalent().isYoung(r, start.getYear(), rules.breaks());
                int len = cc.lengthFor(young);
                LocalDate nominalEnd = start.plusYears(len).minusDays(1);
                Reason kept = null;
                if (first && minEnd != null && minEnd.isAfter(nominalEnd)) {
                    nominalEnd = minEnd;
                    kept = Reason.of("cycle.reason.categoryChangeKeptOldEnd", minEnd);
                }
                Extension ext = Extension.NONE;
                LocalDate end = nominalEnd;
                List<Reason> breakReasons = breaks.isEmpty() ? List.of() : new ArrayList<>();
                Set<CareerBreak> counted = breaks.isEmpty() ? Set.of() : new HashSet<>();
                boolean changed = !breaks.isEmpty();
                while (changed) {
                    changed = false;
                    for (CareerBreak b : breaks) {
                        if (!counted.contains(b) && !b.start().isBefore(start) && !b.start().isAfter(end)) {
                            Extension.Earned earned = rules.breaks().extensionFor(b);
                            ext = ext.plus(earned.extension());
                            breakReasons.add(earned.reason());
                            counted.add(b);
                            changed = true;
                        }
                    }
                    end = ext.applyTo(nominalEnd);
                }
                Cycle c = new Cycle(start, end, seg.category(), len, young, i == 0 && first,
                        first ? anchor : null, kept, breakReasons);
                if (nextChange != null && !end.isBefore(nextChange)) {
                    abandonedEnd = end;
                    break;
                }
                out.add(c);
                if (nextChange == null && end.getYear() > year) {
                    break;
                }
                start = end.plusDays(1);
                first = false;
            }
        }
        return out;
    }
}
