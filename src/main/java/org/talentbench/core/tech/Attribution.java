package org.talentbench.core.tech;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;

/**
 * Which outputs count for which technology on a date. An output counts for a technology when it is tagged with it
 * (a hand tag or an accepted suggestion; tags resolve through merges, and tags on retired technologies count for
 * nothing), or — when suggestions are included — when the {@link TagSuggester} suggests it and nobody rejected
 * that suggestion. Only outputs dated on or before the date count. Stateless.
 */
public final class Attribution {
    private Attribution() {
    }

    /** One output counted for one technology, confirmed by a tag or only suggested (with its evidence). */
    public record Attributed(Output output, boolean confirmed, double score, List<MatchedTerm> evidence) {
        public Attributed {
            evidence = List.copyOf(evidence);
        }
    }

    /** The confirmed technologies of an output on the view's date, resolved. */
    public static Set<String> confirmed(TechnologyList.View view, Set<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            view.resolve(t).ifPresent(out::add);
        }
        return out;
    }

    /** Outputs by active technology code, in the order of {@code outputs}. */
    public static Map<String, List<Attributed>> byTechnology(TechnologyList.View view, Collection<Output> outputs,
                                                             Map<OutputId, Set<String>> tags,
                                                             Map<OutputId, Set<String>> rejected,
                                                             TagSuggester suggester, boolean includeSuggested) {
        Map<String, List<Attributed>> out = new LinkedHashMap<>();
        for (Technology t : view.active()) {
            out.put(t.code(), new ArrayList<>());
        }
        for (Output o : outputs) {
            if (o.date().isAfter(view.date())) {
                continue;
            }
            Set<String> confirmed = confirmed(view, tags.get(o.id()));
            for (String code : confirmed) {
                out.get(code).add(new Attributed(o, true, 0, List.of()));
            }
            if (!includeSuggested) {
                continue;
            }
            Set<String> no = rejected.get(o.id());
            for (TagSuggestion s : suggester.suggest(o)) {
                if (confirmed.contains(s.code()) || (no != null && no.contains(s.code()))) {
                    continue;
                }
                List<Attributed> list = out.get(s.code());
                if (list != null) {
                    list.add(new Attributed(o, false, s.score(), s.matches()));
                }
            }
        }
        return out;
    }
}
