package org.talentbench.core.tech;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The suggestions still waiting for a decision.
 * <ul>
 *   <li>Outputs: every suggestion of the {@link TagSuggester} that is neither an existing tag (resolved) nor
 *       rejected for that output.</li>
 *   <li>Researchers: a technology not on the profile (resolved) and not rejected for the person, carried or
 *       suggested (not rejected) by at least {@code minOutputs} of the outputs crediting them. Its score is the
 *       number of those outputs.</li>
 * </ul>
 * Sorted by score, highest first, then by output or employee number. Stateless.
 */
public final class Suggestions {
    /** Default number of outputs that must support a profile suggestion. */
    public static final int MIN_OUTPUTS = 2;

    private Suggestions() {
    }

    /**
     * Pending output suggestions.
     *
     * @param only technology codes to keep (all when null)
     */
    public static List<PendingSuggestion> forOutputs(TechnologyList.View view, Collection<Output> outputs,
                                                     Map<OutputId, Set<String>> tags,
                                                     Map<OutputId, Set<String>> rejected, TagSuggester suggester,
                                                     Set<String> only) {
        List<PendingSuggestion> out = new ArrayList<>();
        for (Output o : outputs) {
            Set<String> have = Attribution.confirmed(view, tags.get(o.id()));
            Set<String> no = rejected.getOrDefault(o.id(), Set.of());
            for (TagSuggestion s : suggester.suggest(o, only)) {
                if (!have.contains(s.code()) && !no.contains(s.code())) {
                    out.add(new PendingSuggestion(TagSubject.OUTPUT, o, null, s, 0, List.of()));
                }
            }
        }
        out.sort(Comparator.comparingDouble((PendingSuggestion p) -> -p.suggestion().score())
                .thenComparingLong(p -> p.output().id().value()));
        return out;
    }

    /**
     * Pending profile suggestions.
     *
     * @param rejectedForPeople codes rejected for each researcher
     * @param only              technology codes to keep (all when null)
     */
    public static List<PendingSuggestion> forResearchers(TechnologyList.View view, Collection<Researcher> researchers,
                                                         Collection<Output> outputs,
                                                         Map<OutputId, Set<String>> tags,
                                                         Map<OutputId, Set<String>> rejected,
                                                         Map<ResearcherId, Set<String>> rejectedForPeople,
                                                         TagSuggester suggester, int minOutputs, Set<String> only) {
        Map<ResearcherId, Map<String, List<Output>>> support = new HashMap<>();
        for (Output o : outputs) {
            if (o.date().isAfter(view.date())) {
                continue;
            }
            Set<String> codes = new java.util.LinkedHashSet<>(Attribution.confirmed(view, tags.get(o.id())));
            Set<String> no = rejected.getOrDefault(o.id(), Set.of());
            for (TagSuggestion s : suggester.suggest(o, only)) {
                if (!no.contains(s.code())) {
                    codes.add(s.code());
                }
            }
            if (only != null) {
                codes.retainAll(only);
            }
            for (Contribution c : o.contributors()) {
                Map<String, List<Output>> m = support.computeIfAbsent(c.researcherId(), k -> new LinkedHashMap<>());
                for (String code : codes) {
                    m.computeIfAbsent(code, k -> new ArrayList<>()).add(o);
                }
            }
        }
        List<PendingSuggestion> out = new ArrayList<>();
        List<Researcher> sorted = new ArrayList<>(researchers);
        sorted.sort(Comparator.comparing(Researcher::employeeNo));
        for (Researcher r : sorted) {
            Set<String> have = Attribution.confirmed(view, r.techTags());
            Set<String> no = rejectedForPeople.getOrDefault(r.id(), Set.of());
            for (Map.Entry<String, List<Output>> e : support.getOrDefault(r.id(), Map.of()).entrySet()) {
                List<Output> list = e.getValue();
                if (have.contains(e.getKey()) || no.contains(e.getKey()) || list.size() < minOutputs) {
                    continue;
                }
                List<String> titles = list.stream()
                        .sorted(Comparator.comparing(Output::date).reversed().thenComparingLong(o -> o.id().value()))
                        .limit(5).map(Output::title).toList();
                out.add(new PendingSuggestion(TagSubject.RESEARCHER, null, r.id(),
                        new TagSuggestion(e.getKey(), list.size(), List.of()), list.size(), titles));
            }
        }
        out.sort(Comparator.comparingDouble((PendingSuggestion p) -> -p.suggestion().score()));
        return out;
    }
}
