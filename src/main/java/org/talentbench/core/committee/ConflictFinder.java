package org.talentbench.core.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Finds every conflict of interest (回避) between reviewers and the people under evaluation in one round: the reviewer
 * is the person; same department (when the rule is on); co-authorship of any output, or a shared
 * {@link OutputKind#PROJECT}, dated within the last {@link ConflictRules#coWorkYears()} years before the reference
 * date (from {@link Output#contributors()}, so only reviewers linked to a researcher profile can be matched);
 * declared advisor–student and family ties (lifelong); the person's exclusion requests; the reviewer's own
 * declarations. Chair overrides are attached, not applied by deletion, so that the record stays complete.
 *
 * <p>The check is pure and cheap (one pass over the outputs), so callers run it whenever they need it — at
 * assignment, before showing reviews, before a ballot — rather than trusting an earlier answer. Stateless.
 */
public final class ConflictFinder {
    private ConflictFinder() {
    }

    public static ConflictSet find(long roundId, Collection<Reviewer> reviewers, Collection<Researcher> people,
                                   Collection<Output> outputs, Collection<ConflictDeclaration> declarations,
                                   Collection<ConflictOverride> overrides, LocalDate referenceDate,
                                   ConflictRules rules) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(rules, "rules");
        checkExclusionRequests(roundId, declarations, rules);
        Map<Long, Researcher> persons = new LinkedHashMap<>();
        for (Researcher p : people) {
            persons.put(p.id().value(), p);
        }
        Map<Long, Reviewer> byResearcher = new HashMap<>();
        for (Reviewer r : reviewers) {
            if (r.researcherId() != null) {
                byResearcher.put(r.researcherId().value(), r);
            }
        }
        Map<Key, List<ConflictReason>> reasons = new LinkedHashMap<>();

        for (Reviewer r : reviewers) {
            for (Researcher p : persons.values()) {
                if (r.researcherId() != null && r.researcherId().equals(p.id())) {
                    add(reasons, r.id(), p.id(), ConflictReason.of(ConflictKind.SELF));
                } else if (rules.sameDepartment() && !r.departmentCode().isEmpty()
                        && r.departmentCode().equals(p.departmentCode())) {
                    add(reasons, r.id(), p.id(), ConflictReason.of(ConflictKind.SAME_DEPARTMENT));
                }
            }
        }

        LocalDate from = referenceDate.minusYears(rules.coWorkYears());
        Map<Key, List<Output>> coWork = new LinkedHashMap<>();
        List<Output> sorted = new ArrayList<>(outputs);
        sorted.sort(Comparator.comparing(Output::date).reversed().thenComparingLong(o -> o.id().value()));
        for (Output o : sorted) {
            if (o.date().isBefore(from) || o.contributors().size() < 2) {
                continue;
            }
            for (Contribution a : o.contributors()) {
                Reviewer reviewer = byResearcher.get(a.researcherId().value());
                if (reviewer == null) {
                    continue;
                }
                for (Contribution b : o.contributors()) {
                    if (b.researcherId().equals(a.researcherId()) || !persons.containsKey(b.researcherId().value())) {
                        continue;
                    }
                    List<Output> shared = coWork.computeIfAbsent(new Key(reviewer.id().value(),
                            b.researcherId().value()), k -> new ArrayList<>());
                    if (!shared.contains(o)) {
                        shared.add(o);
                    }
                }
            }
        }
        coWork.forEach((key, shared) -> {
            List<OutputId> projects = shared.stream().filter(o -> o.kind() == OutputKind.PROJECT)
                    .map(Output::id).toList();
            List<OutputId> works = shared.stream().filter(o -> o.kind() != OutputKind.PROJECT)
                    .map(Output::id).toList();
            if (!works.isEmpty()) {
                reasons.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new ConflictReason(ConflictKind.CO_AUTHORSHIP, works, ""));
            }
            if (!projects.isEmpty()) {
                reasons.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new ConflictReason(ConflictKind.SHARED_PROJECT, projects, ""));
            }
        });

        for (ConflictDeclaration d : declarations) {
            if (d.appliesTo(roundId) && persons.containsKey(d.person().value())) {
                add(reasons, d.reviewer(), d.person(), new ConflictReason(d.kind().conflictKind(), List.of(),
                        d.note()));
            }
        }

        Map<Key, ConflictOverride> overridden = new HashMap<>();
        for (ConflictOverride o : overrides) {
            if (o.roundId() == roundId) {
                overridden.put(new Key(o.reviewer().value(), o.person().value()), o);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        reasons.forEach((key, list) -> {
            List<ConflictReason> ordered = new ArrayList<>(list);
            ordered.sort(Comparator.comparing(ConflictReason::kind));
            // SELF can never be overridden: nobody judges themselves
            ConflictOverride override = ordered.get(0).kind() == ConflictKind.SELF ? null : overridden.get(key);
            conflicts.add(new Conflict(new AccountId(key.reviewer()), new ResearcherId(key.person()), ordered,
                    override));
        });
        return new ConflictSet(conflicts);
    }

    /**
     * Refuses more than {@link ConflictRules#maxExclusionRequests()} exclusion requests by one person in one round
     * ({@code committee.exclusion.tooMany}, args: researcher id, limit).
     */
    public static void checkExclusionRequests(long roundId, Collection<ConflictDeclaration> declarations,
                                              ConflictRules rules) {
        Map<Long, Integer> counts = new HashMap<>();
        for (ConflictDeclaration d : declarations) {
            if (d.kind() == DeclarationKind.EXCLUSION_REQUEST && d.appliesTo(roundId)) {
                int n = counts.merge(d.person().value(), 1, Integer::sum);
                if (n > rules.maxExclusionRequests()) {
                    throw new InvalidInputException("committee.exclusion.tooMany", d.person().value(),
                            rules.maxExclusionRequests());
                }
            }
        }
    }

    private static void add(Map<Key, List<ConflictReason>> reasons, AccountId reviewer, ResearcherId person,
                            ConflictReason reason) {
        List<ConflictReason> list = reasons.computeIfAbsent(new Key(reviewer.value(), person.value()),
                k -> new ArrayList<>());
        if (list.stream().noneMatch(r -> r.kind() == reason.kind() && r.note().equals(reason.note()))) {
            list.add(reason);
        }
    }

    private record Key(long reviewer, long person) {
    }
}
