package org.talentbench.core.tech;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;

/**
 * Suggests technologies for an output from its title, keywords and venue, by the technologies' matching terms
 * ({@link TermMatcher}). Deterministic and explainable: the score of a technology is the sum, over its distinct
 * terms, of the weight of each field the term is found in (title 2, keywords 2, venue 1 by default) — a term found
 * only inside a longer term of the same technology ("机床" in "数控机床") is not counted again; a technology
 * is suggested when its score reaches the threshold (2 by default — one term in the title or the keywords, or two
 * in the venue name). Suggestions come sorted by score, highest first, then by list order.
 *
 * <p>All terms of all technologies are searched in one pass over each field (an Aho–Corasick automaton), so the
 * cost grows with the length of the text, not with the number of terms. Immutable and thread-safe; build one per
 * technology list and reuse it over many outputs.
 */
public final class TagSuggester {
    /** Field weights and the suggestion threshold. */
    public record Weights(double title, double keywords, double venue, double threshold) {
        public static Weights defaults() {
            return new Weights(2, 2, 1, 2);
        }
    }

    /** A distinct normalised term and the technologies (with their spelling of it) that own it. */
    private record Term(String normalised, boolean ascii, int[] techs, String[] originals) {
    }

    private final Weights weights;
    private final String[] codes;
    private final Term[] terms;
    /** Per technology, its terms in list order (indexes into {@link #terms}). */
    private final int[][] termsOfTech;
    private final Automaton automaton;

    public TagSuggester(List<Technology> technologies) {
        this(technologies, Weights.defaults());
    }

    public TagSuggester(List<Technology> technologies, Weights weights) {
        this.weights = weights;
        this.codes = technologies.stream().map(Technology::code).toArray(String[]::new);
        Map<String, List<int[]>> owners = new LinkedHashMap<>();
        Map<String, List<String>> spellings = new HashMap<>();
        List<List<String>> perTech = new ArrayList<>();
        for (int t = 0; t < technologies.size(); t++) {
            List<String> mine = new ArrayList<>();
            for (String term : technologies.get(t).terms()) {
                String n = TermMatcher.normalise(term);
                if (n.isEmpty() || mine.contains(n)) {
                    continue;
                }
                mine.add(n);
                owners.computeIfAbsent(n, k -> new ArrayList<>()).add(new int[] {t});
                spellings.computeIfAbsent(n, k -> new ArrayList<>()).add(term);
            }
            perTech.add(mine);
        }
        List<String> keys = new ArrayList<>(owners.keySet());
        Map<String, Integer> index = new HashMap<>();
        this.terms = new Term[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String n = keys.get(i);
            index.put(n, i);
            int[] techs = owners.get(n).stream().mapToInt(a -> a[0]).toArray();
            terms[i] = new Term(n, TermMatcher.isAscii(n), techs, spellings.get(n).toArray(String[]::new));
        }
        this.termsOfTech = new int[perTech.size()][];
        for (int t = 0; t < perTech.size(); t++) {
            termsOfTech[t] = perTech.get(t).stream().mapToInt(index::get).toArray();
        }
        this.automaton = new Automaton(keys);
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
        boolean[][] found = new boolean[3][];
        found[0] = automaton.find(TermMatcher.normalise(title), terms);
        found[1] = automaton.find(TermMatcher.normalise(keywords), terms);
        found[2] = automaton.find(TermMatcher.normalise(venue), terms);
        if (found[0] == null && found[1] == null && found[2] == null) {
            return List.of();
        }
        MatchField[] fields = {MatchField.TITLE, MatchField.KEYWORDS, MatchField.VENUE};
        double[] w = {weights.title(), weights.keywords(), weights.venue()};
        List<TagSuggestion> out = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (int t : techsHit(found)) {
            if (only != null && !only.contains(codes[t])) {
                continue;
            }
            double score = 0;
            List<MatchedTerm> matches = new ArrayList<>(4);
            for (int term : termsOfTech[t]) {
                for (int f = 0; f < 3; f++) {
                    if (found[f] != null && found[f][term] && !inLongerTerm(t, term, found[f])) {
                        score += w[f];
                        matches.add(new MatchedTerm(spelling(term, t), fields[f]));
                    }
                }
            }
            if (!matches.isEmpty() && score >= weights.threshold()) {
                out.add(new TagSuggestion(codes[t], score, matches));
                orders.add(t);
            }
        }
        return sorted(out, orders);
    }

    /**
     * Technologies a free text speaks of (a challenge description): every technology with at least one term in the
     * text, scored one point per distinct term, best first.
     */
    public List<TagSuggestion> suggestText(String text) {
        boolean[] found = automaton.find(TermMatcher.normalise(text), terms);
        if (found == null) {
            return List.of();
        }
        List<TagSuggestion> out = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (int t : techsHit(new boolean[][] {found})) {
            List<MatchedTerm> matches = new ArrayList<>();
            for (int term : termsOfTech[t]) {
                if (found[term] && !inLongerTerm(t, term, found)) {
                    matches.add(new MatchedTerm(spelling(term, t), MatchField.TEXT));
                }
            }
            out.add(new TagSuggestion(codes[t], matches.size(), matches));
            orders.add(t);
        }
        return sorted(out, orders);
    }

    /**
     * Whether another term of the same technology, found in the same field, contains this one ("机床" inside
     * "数控机床"): a term is counted once, as its longest form.
     */
    private boolean inLongerTerm(int tech, int term, boolean[] found) {
        String n = terms[term].normalised();
        for (int other : termsOfTech[tech]) {
            if (other != term && found[other] && terms[other].normalised().length() > n.length()
                    && terms[other].normalised().contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The technologies owning at least one found term, in list order. */
    private int[] techsHit(boolean[][] found) {
        boolean[] hit = new boolean[codes.length];
        for (boolean[] f : found) {
            if (f == null) {
                continue;
            }
            for (int i = 0; i < f.length; i++) {
                if (f[i]) {
                    for (int t : terms[i].techs()) {
                        hit[t] = true;
                    }
                }
            }
        }
        int n = 0;
        int[] out = new int[codes.length];
        for (int t = 0; t < hit.length; t++) {
            if (hit[t]) {
                out[n++] = t;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private String spelling(int term, int tech) {
        Term t = terms[term];
        for (int i = 0; i < t.techs().length; i++) {
            if (t.techs()[i] == tech) {
                return t.originals()[i];
            }
        }
        return t.originals()[0];
    }

    private static List<TagSuggestion> sorted(List<TagSuggestion> out, List<Integer> orders) {
        if (out.size() < 2) {
            return out;
        }
        Integer[] idx = new Integer[out.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -out.get(i).score())
                .thenComparingInt(orders::get));
        List<TagSuggestion> s = new ArrayList<>(out.size());
        for (Integer i : idx) {
            s.add(out.get(i));
        }
        return s;
    }

    /**
     * An Aho–Corasick automaton over the normalised terms. {@link #find} reports the terms found by the rules of
     * {@link TermMatcher}: Chinese terms anywhere, ASCII terms as whole words (plural ending allowed).
     */
    private static final class Automaton {
        private final Map<Long, Integer> next = new HashMap<>();
        private final List<Integer> fail = new ArrayList<>();
        /** Terms ending at each node, including those reached through failure links. */
        private final List<int[]> output = new ArrayList<>();
        private final int[] lengths;

        Automaton(List<String> words) {
            lengths = words.stream().mapToInt(String::length).toArray();
            List<List<Integer>> out = new ArrayList<>();
            fail.add(0);
            out.add(new ArrayList<>());
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                int node = 0;
                for (int i = 0; i < word.length(); i++) {
                    long key = key(node, word.charAt(i));
                    Integer child = next.get(key);
                    if (child == null) {
                        child = fail.size();
                        fail.add(0);
                        out.add(new ArrayList<>());
                        next.put(key, child);
                    }
                    node = child;
                }
                out.get(node).add(w);
            }
            // breadth-first failure links
            Map<Integer, List<long[]>> children = new HashMap<>();
            for (Map.Entry<Long, Integer> e : next.entrySet()) {
                int parent = (int) (e.getKey() >>> 16);
                char c = (char) (e.getKey() & 0xFFFF);
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(new long[] {c, e.getValue()});
            }
            children.values().forEach(l -> l.sort(Comparator.comparingLong(a -> a[0])));
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (long[] ch : children.getOrDefault(0, List.of())) {
                queue.add((int) ch[1]);
            }
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (long[] ch : children.getOrDefault(node, List.of())) {
                    int child = (int) ch[1];
                    char c = (char) ch[0];
                    int f = fail.get(node);
                    while (f != 0 && !next.containsKey(key(f, c))) {
                        f = fail.get(f);
                    }
                    Integer target = next.get(key(f, c));
                    int fc = target == null || target == child ? 0 : target;
                    fail.set(child, fc);
                    out.get(child).addAll(out.get(fc));
                    queue.add(child);
                }
            }
            for (List<Integer> o : out) {
                output.add(o.stream().mapToInt(Integer::intValue).toArray());
            }
        }

        private static long key(int node, char c) {
            return ((long) node << 16) | c;
        }

        /** Which terms occur in the normalised text; null when none. */
        boolean[] find(String text, Term[] terms) {
            boolean[] found = null;
            int node = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                Integer step = next.get(key(node, c));
                while (step == null && node != 0) {
                    node = fail.get(node);
                    step = next.get(key(node, c));
                }
                node = step == null ? 0 : step;
                for (int w : output.get(node)) {
                    if (found != null && found[w]) {
                        continue;
                    }
                    int start = i - lengths[w] + 1;
                    if (terms[w].ascii() && !TermMatcher.wordAt(text, start, i + 1)) {
                        continue;
                    }
                    if (found == null) {
                        found = new boolean[terms.length];
                    }
                    found[w] = true;
                }
            }
            return found;
        }
    }
}
