package org.talentbench.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.talentbench.core.cycle.CategoryCycle;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleSettings;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.StoredScheme;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scoring.EvaluationInput;

/**
 * Builds the engine's {@link EvaluationInput} from the store: the institute (researchers, outputs, representative
 * works), the schemes, and a round's committee and expert inputs and staff decisions. Also seeds the scheme table
 * with the shipped default schemes on first use, so that rounds pin stored versions. Stateless; every method works
 * inside the caller's transaction.
 */
public final class InstituteLoader {
    /** The input code under which a round stores the aggregated peer-review score. */
    public static final String PEER_REVIEW = "PEER_REVIEW";

    /**
     * What the store holds about the institute, read once.
     *
     * @param settings the per-database settings (cycle rules are read from them, see {@link CycleSettings})
     */
    public record Institute(List<Researcher> researchers, List<Output> outputs, List<RepresentativeWork> works,
                            Map<String, String> settings) {
        public Institute {
            settings = Map.copyOf(settings);
        }

        /** The institute's cycle rules: the stored settings over the defaults. */
        public CycleRules cycleRules() {
            return CycleSettings.rules(settings);
        }
    }

    private InstituteLoader() {
    }

    public static Institute load(Repositories repos) {
        return load(repos, repos.outputs().findAll());
    }

    /** The institute with {@code outputs} as its outputs (read earlier by the caller) and the rest read now. */
    static Institute load(Repositories repos, List<Output> outputs) {
        return new Institute(repos.researchers().findAll(), outputs, repos.representativeWorks().findAll(),
                repos.settings().all());
    }

    /**
     * The schemes with the cycle of every category whose cycle is set in the settings replaced by that setting (a
     * category without cycle settings keeps the scheme's own cycle), so that a cycle length chosen in Settings is the
     * one rounds and evaluations use.
     */
    public static Map<ResearchCategory, Scheme> withConfiguredCycles(Map<ResearchCategory, Scheme> schemes,
                                                                     Map<String, String> settings) {
        Map<ResearchCategory, Scheme> out = new EnumMap<>(ResearchCategory.class);
        schemes.forEach((c, s) -> out.put(c, s == null ? null : withConfiguredCycle(s, settings)));
        return out;
    }

    /** {@code scheme} with its category's cycle as the settings configure it (unchanged when they do not). */
    public static Scheme withConfiguredCycle(Scheme scheme, Map<String, String> settings) {
        if (!CycleSettings.overridesCategory(scheme.category(), settings)) {
            return scheme;
        }
        CategoryCycle base = scheme.cycle() == null ? CycleSettings.rules(settings).cycleFor(scheme.category())
                : scheme.cycle();
        return scheme.withCycle(CycleSettings.overlay(base, scheme.category(), settings));
    }

    /** The active stored scheme of every category, storing the default schemes first when the table is empty. */
    public static Map<ResearchCategory, StoredScheme> activeSchemes(Repositories repos) {
        if (repos.schemes().count() == 0) {
            for (Scheme s : DefaultSchemes.all().values()) {
                repos.schemes().insert(s, true);
            }
        }
        Map<ResearchCategory, StoredScheme> m = new EnumMap<>(ResearchCategory.class);
        for (ResearchCategory c : ResearchCategory.values()) {
            repos.schemes().findActive(c).ifPresent(s -> m.put(c, s));
        }
        return m;
    }

    /**
     * The input of an evaluation.
     *
     * @param inputs  by researcher, then code: {@link #PEER_REVIEW} or an indicator/gate code
     * @param roundId the round whose representative-work selection counts; researchers without one use their
     *                standing selection (round 0)
     */
    public static EvaluationInput input(Institute institute, List<Researcher> researchers, LocalDate referenceDate,
                                        Map<ResearchCategory, Scheme> schemes,
                                        Map<ResearcherId, Map<String, Double>> inputs,
                                        Map<ResearcherId, Boolean> staffDecisions, long roundId) {
        Map<ResearcherId, Double> peer = new HashMap<>();
        Map<ResearcherId, Map<String, Double>> manual = new HashMap<>();
        inputs.forEach((id, values) -> values.forEach((code, v) -> {
            if (PEER_REVIEW.equals(code)) {
                peer.put(id, v);
            } else {
                manual.computeIfAbsent(id, k -> new TreeMap<>()).put(code, v);
            }
        }));
        Set<ResearcherId> withRoundSelection = new HashSet<>();
        for (RepresentativeWork w : institute.works()) {
            if (roundId != 0 && w.roundId() == roundId) {
                withRoundSelection.add(w.researcherId());
            }
        }
        List<RepresentativeWork> works = new ArrayList<>();
        for (RepresentativeWork w : institute.works()) {
            boolean own = roundId != 0 && w.roundId() == roundId;
            boolean standing = w.roundId() == 0 && !withRoundSelection.contains(w.researcherId());
            if (own || standing) {
                works.add(w);
            }
        }
        return new EvaluationInput(researchers, institute.outputs(), works,
                withConfiguredCycles(schemes, institute.settings()), peer, manual, referenceDate,
                institute.cycleRules(), staffDecisions);
    }
}
