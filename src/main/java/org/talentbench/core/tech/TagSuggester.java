package org.talentbench.core.tech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;

/**
 * Suggests technologies for an output from its title, keywords and venue, by the technologies' matching terms
 * ({@link TermMatcher}). Deterministic and explainable: the score of a technology is the sum, over its distinct
 * terms, of the weight of each field the term is found in (title 2, keywords 2, venue 1 by default); a technology
 * is suggested when its score reaches the threshold (2 by default — one term in the title or the keywords, or two
 * in the venue name). Suggestions come sorted by score, highest first, then by list order.
 *
 * <p>Immutable and thread-safe; build one per technology list and reuse it over many outputs.
 */
public final class TagSuggester {
    /**
     * Field weights and the suggestion threshold.
     */
    public record Weights(double title, double keywords, double venue, double threshold) {
        public static Weights defaults() {
            return new Weights(2, 2, 1, 2);
        }
    }

    private record CompiledTerm(String original, String normalised, boolean ascii) {
    }

    private record CompiledTech(String code, int order, CompiledTerm[] terms) {
    }

    private final List<CompiledTech> techs;
    private final Weights weights;

    public TagSuggester(List<Technology> technologies) {
        this(technologies, Weights.defaults());
    }

    public TagSuggester(List<Technology> technologies, Weights weights) {
        this.weights = weights;
        List<CompiledTech> list = new ArrayList<>();
        int order = 0;
        for (Technology t : technologies) {
            Map<String, CompiledTerm> terms = new LinkedHashMap<>();
            for (String term : t.terms()) {
                String n = TermMatcher.normalise(term);
                if (!n.isEmpty()) {
                    terms.putIfAbsent(n, new CompiledTerm(term, n, TermMatcher.isAscii(n)));
                }
            }
            list.add(new CompiledTech(t.code(), order++, terms.values().toArray(new CompiledTerm[0])));
        }
        this.techs = List.copyOf(list);
    }

    public Weights weights() {
        return weights;
    }

    /** Suggestions for an output, best first. */
    public List<TagSuggestion> suggest(Output output) {
        return suggest(output.title(), output.attribute(OutputAttribute.KEYWORDS), output.venue(), null);
    }

    /** Suggestions for an output, restricted to the technologies in {@code only} (all when null). */
    public List<TagSuggestion> suggest(Output output, Set<String> only) {
        return suggest(output.title(), output.attribute(OutputAttribute.KEYWORDS), output.venue(), only);
    }

    /** Suggestions from a title, keywords and venue, best first. */
    public List<TagSuggestion> suggest(String title, String keywords, String venue, Set<String> only) {
        String t = TermMatcher.normalise(title);
        String k = TermMatcher.normalise(keywords);
        String v = TermMatcher.normalise(venue);
        List<TagSuggestion> out = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (CompiledTech tech : techs) {
            if (only != null && !only.contains(tech.code())) {
                continue;
            }
            double score = 0;
            List<MatchedTerm> found = null;
            for (CompiledTerm term : tech.terms()) {
                if (TermMatcher.contains(t, term.normalised(), term.ascii())) {
                    score += weights.title();
                    found = add(found, term, MatchField.TITLE);
                }
                if (TermMatcher.contains(k, term.normalised(), term.ascii())) {
                    score += weights.keywords();
                    found = add(found, term, MatchField.KEYWORDS);
                }
                if (TermMatcher.contains(v, term.normalised(), term.ascii())) {
                    score += weights.venue();
                    found = add(found, term, MatchField.VENUE);
                }
            }
            if (found != null && score >= weights.threshold()) {
                out.add(new TagSuggestion(tech.code(), score, found));
                orders.add(tech.order());
            }
        }
        return sorted(out, orders);
    }

    /**
     * Technologies a free text speaks of (a challenge description): every technology with at least one term in the
     * text, scored one point per distinct term, best first.
     */
    public List<TagSuggestion> suggestText(String text) {
        String n = TermMatcher.normalise(text);
        List<TagSuggestion> out = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (CompiledTech tech : techs) {
            List<MatchedTerm> found = null;
            for (CompiledTerm term : tech.terms()) {
                if (TermMatcher.contains(n, term.normalised(), term.ascii())) {
                    found = add(found, term, MatchField.TEXT);
                }
            }
            if (found != null) {
                out.add(new TagSuggestion(tech.code(), found.size(), found));
                orders.add(tech.order());
            }
        }
        return sorted(out, orders);
    }

    private static List<MatchedTerm> add(List<MatchedTerm> found, CompiledTerm term, MatchField field) {
        List<MatchedTerm> f = found == null ? new ArrayList<>(4) : found;
        f.add(new MatchedTerm(term.original(), field));
        return f;
    }

    private static List<TagSuggestion> sorted(List<TagSuggestion> out, List<Integer> orders) {
        if (out.size() < 2) {
            return out;
        }
        Integer[] idx = new Integer[out.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -out.get(i).score())
                .thenComparingInt(orders::get));
        List<TagSuggestion> s = new ArrayList<>(out.size());
        for (Integer i : idx) {
            s.add(out.get(i));
        }
        return s;
    }
}
