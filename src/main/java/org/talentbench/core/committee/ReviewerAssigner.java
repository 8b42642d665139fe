package org.talentbench.core.committee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Automatic assignment: gives each person up to {@code perPerson} reviewers, never a conflicted one, preferring a
 * reviewer of the same discipline and then the one with the lightest load (ties by account id), so the load stays
 * balanced. Existing assignments count towards both the person's reviewers and the reviewer's load. A person who
 * cannot get enough non-conflicted reviewers gets as many as there are; the caller reports the shortfall.
 * Deterministic; stateless.
 */
public final class ReviewerAssigner {
    private ReviewerAssigner() {
    }

    public static List<ReviewAssignment> assign(long panelId, List<Researcher> people, List<ReviewerLoad> reviewers,
                                                List<ReviewAssignment> existing, ConflictSet conflicts,
                                                int perPerson) {
        Map<Long, Integer> load = new HashMap<>();
        for (ReviewerLoad r : reviewers) {
            load.put(r.reviewer().id().value(), r.assigned());
        }
        Map<Long, Set<Long>> has = new HashMap<>();
        for (ReviewAssignment a : existing) {
            has.computeIfAbsent(a.person().value(), k -> new HashSet<>()).add(a.reviewer().value());
        }
        List<Researcher> order = new ArrayList<>(people);
        order.sort(Comparator.comparingLong(p -> p.id().value()));
        List<ReviewAssignment> out = new ArrayList<>();
        for (Researcher p : order) {
            Set<Long> taken = has.computeIfAbsent(p.id().value(), k -> new HashSet<>());
            while (taken.size() < perPerson) {
                ReviewerLoad best = null;
                for (ReviewerLoad r : reviewers) {
                    AccountId id = r.reviewer().id();
                    if (taken.contains(id.value()) || conflicts.barred(id, p.id())) {
                        continue;
                    }
                    if (best == null || better(r, best, p, load)) {
                        best = r;
                    }
                }
                if (best == null) {
                    break;
                }
                AccountId id = best.reviewer().id();
                taken.add(id.value());
                load.merge(id.value(), 1, Integer::sum);
                out.add(new ReviewAssignment(panelId, id, new ResearcherId(p.id().value())));
            }
        }
        return out;
    }

    private static boolean better(ReviewerLoad a, ReviewerLoad b, Researcher p, Map<Long, Integer> load) {
        boolean am = matches(a, p);
        boolean bm = matches(b, p);
        if (am != bm) {
            return am;
        }
        int la = load.get(a.reviewer().id().value());
        int lb = load.get(b.reviewer().id().value());
        if (la != lb) {
            return la < lb;
        }
        return a.reviewer().id().value() < b.reviewer().id().value();
    }

    private static boolean matches(ReviewerLoad r, Researcher p) {
        return !r.discipline().isEmpty() && r.discipline().equals(p.discipline());
    }
}
