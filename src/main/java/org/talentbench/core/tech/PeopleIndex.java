package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * What the map and the finder need to know about each researcher on the date: whether they count (active and hired
 * by then), their technologies resolved on the date, young talent, leading researcher, department on the date.
 * Built once per computation; not shared.
 */
final class PeopleIndex {
    final Map<ResearcherId, Researcher> all = new HashMap<>();
    final List<Researcher> considered = new ArrayList<>();
    final Map<ResearcherId, Set<String>> techs = new HashMap<>();
    final Set<ResearcherId> young = new HashSet<>();
    final Set<ResearcherId> leaders = new HashSet<>();
    final Map<ResearcherId, String> department = new HashMap<>();

    PeopleIndex(List<Researcher> researchers, TechnologyList.View view, TalentMapOptions opt) {
        LocalDate date = view.date();
        int year = date.getYear();
        List<Researcher> sorted = new ArrayList<>(researchers);
        sorted.sort((a, b) -> Long.compare(a.id().value(), b.id().value()));
        for (Researcher r : sorted) {
            all.put(r.id(), r);
            department.put(r.id(), departmentOn(r, date));
            if (r.status() != EmploymentStatus.ACTIVE || (r.hireDate() != null && r.hireDate().isAfter(date))) {
                continue;
            }
            considered.add(r);
            Set<String> resolved = new LinkedHashSet<>();
            for (String t : new java.util.TreeSet<>(r.techTags())) {
                view.resolve(t).ifPresent(resolved::add);
            }
            techs.put(r.id(), Collections.unmodifiableSet(resolved));
            if (opt.cycleRules().youngTalent().isYoung(r, year, opt.cycleRules().breaks())) {
                young.add(r.id());
            }
            if (isLeader(r, opt)) {
                leaders.add(r.id());
            }
        }
    }

    static boolean isLeader(Researcher r, TalentMapOptions opt) {
        if (opt.leaderTitles().contains(r.title().strip())) {
            return true;
        }
        for (String t : r.talentTags()) {
            if (opt.leaderTalentTags().contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The department of the last assignment on or before the date, else the current one. */
    static String departmentOn(Researcher r, LocalDate date) {
        String dept = null;
        LocalDate best = null;
        for (Assignment a : r.history()) {
            if (!a.validFrom().isAfter(date) && (best == null || !a.validFrom().isBefore(best))) {
                best = a.validFrom();
                dept = a.departmentCode();
            }
        }
        return dept == null || dept.isBlank() ? r.departmentCode() : dept;
    }

    Set<String> techsOf(ResearcherId id) {
        return techs.getOrDefault(id, Set.of());
    }

    boolean counts(ResearcherId id) {
        return techs.containsKey(id);
    }
}
