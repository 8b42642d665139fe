package org.talentbench.core.scheme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.cycle.CategoryCycle;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.scoring.mcda.Ahp;
import org.talentbench.core.scoring.mcda.AhpMethod;
import org.talentbench.core.scoring.mcda.RandomIndex;

/**
 * The 破四唯 guardrail: reviews a scheme (and cycle rules) against the national rules and responsible-metrics
 * principles, and says where a scheme would make counting easy to misuse. It never changes a scheme and never
 * blocks scoring by itself (structural defects are {@link SchemeValidator}'s job; they are reported here too, as
 * {@code lint.schemeInvalid}).
 *
 * <p>Rules (code — severity — source):
 * <ul>
 *   <li>{@code lint.paperCountAsPoints} — ERROR — a COUNT over journal or conference papers
 *       ({@value #MOST_2020}: paper numbers are not quantitative scores);
 *       {@code lint.countIncludesPapers} — WARNING — a COUNT with no kind filter, which counts papers too;</li>
 *   <li>{@code lint.journalMetricAsPoints} — ERROR — impact factor or another journal metric summed or maximised
 *       ({@value #MOST_2020});</li>
 *   <li>{@code lint.journalMetricForIndividuals} — ERROR — outputs filtered by a journal metric (quartile, tier …),
 *       i.e. a journal's standing used as a surrogate for the individual's work ({@value #DORA});</li>
 *   <li>{@code lint.titleAsPoints}, {@code lint.degreeAsPoints}, {@code lint.talentTitleAsPoints} — ERROR — profile
 *       fields scored ({@value #FOUR_ONLY_2018}; {@value #GUIDANCE_2018});
 *       {@code lint.awardAsPoints} — WARNING — awards scored ({@value #FOUR_ONLY_2018});</li>
 *   <li>{@code lint.characterAsPoints} — ERROR — character / integrity scored as an indicator rather than a gate
 *       ({@value #GUIDANCE_2018});</li>
 *   <li>{@code lint.indicatorDominates} — WARNING — one computed indicator above 30% of the total effective weight
 *       ({@value #LEIDEN_1});</li>
 *   <li>{@code lint.basicWithoutPeerReview} — ERROR — a basic-research scheme without peer review of representative
 *       works ({@value #MOST_2020}); {@code lint.basicWindowTooShort} — WARNING — a basic-research window under
 *       5 years ({@value #GUIDANCE_2018}); {@code lint.domesticShareBelowPolicy} — WARNING — basic research without
 *       the 1/3 domestic-journal share ({@value #MOST_2020});</li>
 *   <li>{@code lint.youngTalentWindowShorter} — WARNING — a young-talent window shorter than the basic-research one
 *       ({@value #GUIDANCE_2018});</li>
 *   <li>{@code lint.citationsAsPoints} — WARNING — citations, field-normalised impact or the h-index scored
 *       ({@value #LEIDEN_7}; CoARA 2022);</li>
 *   <li>{@code lint.fullCreditForTeamOutputs} — WARNING — an output indicator that is not share-weighted gives every
 *       team member full credit ({@value #GUIDANCE_2018}: split team results by real contribution);</li>
 *   <li>{@code lint.ahpInconsistent} — ERROR — a pairwise matrix with CR ≥ 0.10 (the engine refuses it);</li>
 *   <li>{@code lint.noCharacterGate} — INFO — no gate at all ({@value #GUIDANCE_2018}: character comes first);
 *       {@code lint.weightsFromData} — INFO — entropy weights are only known once the cohort's data are in.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class PolicyLint {
    public static final String MOST_2020 = "国科发监〔2020〕37号";
    public static final String GUIDANCE_2018 = "中办发〔2018〕6号";
    public static final String PILOT_2022 = "国科发才〔2022〕255号";
    public static final String FOUR_ONLY_2018 = "2018 five-ministry notice on 唯论文、唯职称、唯学历、唯奖项";
    public static final String DORA = "DORA 2012";
    public static final String LEIDEN_1 = "Leiden Manifesto 2015 principle 1";
    public static final String LEIDEN_7 = "Leiden Manifesto 2015 principle 7";
    public static final String SCHEME_FORMAT = "TalentBench scheme format";

    /** Attribute names (lower case) that hold journal-level metrics. */
    public static final Set<String> JOURNAL_METRIC_ATTRIBUTES = Set.of("impactfactor", "journalimpactfactor", "jif",
            "if", "jcr", "jcrquartile", "quartile", "caszone", "cassection", "caspartition", "journaltier",
            "journalrank", "journallevel", "citescore", "sjr", "snip", "eigenfactor", "journalmetric");

    private static final List<String> CHARACTER_WORDS = List.of("character", "integrity", "ethic", "moral", "品德",
            "师德", "诚信", "道德", "政治表现");

    private PolicyLint() {
    }

    public static List<LintFinding> lint(Scheme s) {
        return lint(s, LintConfig.defaults());
    }

    /** Lints one scheme; findings in scheme order (scheme level, then dimensions and indicators). */
    public static List<LintFinding> lint(Scheme s, LintConfig config) {
        List<LintFinding> out = new ArrayList<>();
        for (SchemeProblem p : SchemeValidator.problems(s)) {
            List<String> args = new ArrayList<>();
            args.add(p.code());
            args.addAll(p.args());
            out.add(new LintFinding(LintSeverity.ERROR, p.path(), "lint.schemeInvalid", SCHEME_FORMAT, args));
        }
        lintCycle(s, config, out);
        lintRepresentativeWorks(s, out);
        if (s.gates().isEmpty()) {
            out.add(f(LintSeverity.INFO, "gates", "lint.noCharacterGate", GUIDANCE_2018));
        }
        boolean peerReview = false;
        for (Dimension d : s.dimensions()) {
            for (Indicator i : d.indicators()) {
                String path = Scheme.path(d, i);
                lintIndicator(i, path, out);
                if (i.kind() == IndicatorKind.PEER_REVIEW
                        && (i.weight() > 0 || s.weighting().method() != WeightingMethod.DIRECT)) {
                    peerReview = true;
                }
            }
        }
        if (s.category() == ResearchCategory.BASIC && !peerReview) {
            out.add(f(LintSeverity.ERROR, "dimensions", "lint.basicWithoutPeerReview", MOST_2020));
        }
        lintWeights(s, config, out);
        return out;
    }

    /** Lints cycle rules: the basic-research window and every young-talent window against it. */
    public static List<LintFinding> lint(CycleRules rules, LintConfig config) {
        List<LintFinding> out = new ArrayList<>();
        int basic = rules.cycleFor(ResearchCategory.BASIC).years();
        if (basic < config.basicMinCycleYears()) {
            out.add(f(LintSeverity.WARNING, "cycleRules/BASIC", "lint.basicWindowTooShort", GUIDANCE_2018, basic,
                    config.basicMinCycleYears()));
        }
        int reference = Math.max(basic, config.basicMinCycleYears());
        for (Map.Entry<ResearchCategory, CategoryCycle> e : new java.util.TreeMap<>(rules.categories()).entrySet()) {
            int young = e.getValue().lengthFor(true);
            if (young < reference) {
                out.add(f(LintSeverity.WARNING, "cycleRules/" + e.getKey(), "lint.youngTalentWindowShorter",
                        GUIDANCE_2018, young, reference));
            }
        }
        return out;
    }

    /** Lints a set of schemes and the cycle rules together (schemes in category order, then the rules). */
    public static List<LintFinding> lintAll(Collection<Scheme> schemes, CycleRules rules, LintConfig config) {
        List<LintFinding> out = new ArrayList<>();
        schemes.stream().sorted(java.util.Comparator.comparing(Scheme::category).thenComparing(Scheme::id))
                .forEach(s -> out.addAll(lint(s, config)));
        if (rules != null) {
            out.addAll(lint(rules, config));
        }
        return out;
    }

    private static void lintCycle(Scheme s, LintConfig config, List<LintFinding> out) {
        if (s.cycle() == null) {
            return;
        }
        if (s.category() == ResearchCategory.BASIC && s.cycle().years() < config.basicMinCycleYears()) {
            out.add(f(LintSeverity.WARNING, "cycle", "lint.basicWindowTooShort", GUIDANCE_2018, s.cycle().years(),
                    config.basicMinCycleYears()));
        }
        int reference = s.category() == ResearchCategory.BASIC
                ? Math.max(s.cycle().years(), config.basicMinCycleYears()) : config.basicMinCycleYears();
        if (s.cycle().lengthFor(true) < reference) {
            out.add(f(LintSeverity.WARNING, "cycle", "lint.youngTalentWindowShorter", GUIDANCE_2018,
                    s.cycle().lengthFor(true), reference));
        }
    }

    private static void lintRepresentativeWorks(Scheme s, List<LintFinding> out) {
        RepresentativeWorkPolicy p = s.representativeWorks();
        if (s.category() == ResearchCategory.BASIC
                && (!p.domesticShareCategories().contains(ResearchCategory.BASIC)
                || p.minDomesticShare() < 1.0 / 3.0 - 1e-9)) {
            out.add(f(LintSeverity.WARNING, "representativeWorks", "lint.domesticShareBelowPolicy", MOST_2020,
                    p.domesticShareCategories().contains(ResearchCategory.BASIC) ? p.minDomesticShare() : 0.0));
        }
    }

    private static void lintIndicator(Indicator i, String path, List<LintFinding> out) {
        String attr = i.attribute() == null ? "" : i.attribute().toLowerCase(Locale.ROOT);
        boolean papers = i.outputKinds().stream().anyMatch(OutputKind::isPaper);
        if (i.kind() == IndicatorKind.COUNT) {
            if (papers) {
                out.add(f(LintSeverity.ERROR, path, "lint.paperCountAsPoints", MOST_2020, i.code()));
            } else if (i.outputKinds().isEmpty()) {
                out.add(f(LintSeverity.WARNING, path, "lint.countIncludesPapers", MOST_2020, i.code()));
            }
        }
        if ((i.kind() == IndicatorKind.SUM || i.kind() == IndicatorKind.MAX)
                && JOURNAL_METRIC_ATTRIBUTES.contains(attr)) {
            out.add(f(LintSeverity.ERROR, path, "lint.journalMetricAsPoints", MOST_2020, i.code(), i.attribute()));
        }
        for (String key : i.attributeFilter().keySet()) {
            if (JOURNAL_METRIC_ATTRIBUTES.contains(key.toLowerCase(Locale.ROOT))) {
                out.add(f(LintSeverity.ERROR, path, "lint.journalMetricForIndividuals", DORA, i.code(), key));
            }
        }
        if ((i.kind() == IndicatorKind.SUM || i.kind() == IndicatorKind.MAX)
                && (attr.equals(Indicator.ATTR_CITATIONS.toLowerCase(Locale.ROOT))
                || attr.equals(Indicator.ATTR_FIELD_NORMALISED_IMPACT.toLowerCase(Locale.ROOT)))
                || i.kind() == IndicatorKind.H_INDEX) {
            out.add(f(LintSeverity.WARNING, path, "lint.citationsAsPoints", LEIDEN_7, i.code()));
        }
        if (i.kind() == IndicatorKind.PROFILE && i.profileField() != null) {
            switch (i.profileField()) {
                case TITLE -> out.add(f(LintSeverity.ERROR, path, "lint.titleAsPoints", FOUR_ONLY_2018, i.code()));
                case DEGREE -> out.add(f(LintSeverity.ERROR, path, "lint.degreeAsPoints", FOUR_ONLY_2018,
                        i.code()));
                case TALENT_TAG -> out.add(f(LintSeverity.ERROR, path, "lint.talentTitleAsPoints", GUIDANCE_2018,
                        i.code()));
            }
        }
        if (i.kind().usesOutputs() && i.outputKinds().contains(OutputKind.AWARD)) {
            out.add(f(LintSeverity.WARNING, path, "lint.awardAsPoints", FOUR_ONLY_2018, i.code()));
        }
        if (i.kind().usesOutputs() && i.kind() != IndicatorKind.H_INDEX && !i.shareWeighted()) {
            out.add(f(LintSeverity.WARNING, path, "lint.fullCreditForTeamOutputs", GUIDANCE_2018, i.code()));
        }
        String text = (i.code() + " " + i.labelZh() + " " + i.labelEn()).toLowerCase(Locale.ROOT);
        for (String w : CHARACTER_WORDS) {
            if (text.contains(w)) {
                out.add(f(LintSeverity.ERROR, path, "lint.characterAsPoints", GUIDANCE_2018, i.code()));
                break;
            }
        }
    }

    private static void lintWeights(Scheme s, LintConfig config, List<LintFinding> out) {
        Map<String, Double> effective;
        switch (s.weighting().method()) {
            case DIRECT -> effective = s.directEffectiveWeights();
            case ENTROPY -> {
                out.add(f(LintSeverity.INFO, "weighting", "lint.weightsFromData", SCHEME_FORMAT));
                return;
            }
            default -> {
                List<AhpWeights.Level> levels;
                try {
                    levels = AhpWeights.compute(s, new Ahp(AhpMethod.DEFAULT, RandomIndex.DEFAULT,
                            config.maxAhpConsistencyRatio()));
                } catch (InvalidInputException e) {
                    if (SchemeValidator.problems(s).isEmpty()) {
                        List<Object> args = new ArrayList<>(List.of(e.code()));
                        args.addAll(e.args());
                        out.add(f(LintSeverity.ERROR, "weighting", "lint.schemeInvalid", SCHEME_FORMAT,
                                args.toArray()));
                    }
                    return;
                }
                for (AhpWeights.Level level : levels) {
                    if (!level.result().consistent()) {
                        String[] codes = level.worstJudgementCodes();
                        out.add(f(LintSeverity.ERROR, level.path(), "lint.ahpInconsistent", SCHEME_FORMAT,
                                fmt(level.result().cr()), codes[0], codes[1]));
                    }
                }
                if (s.weighting().method() == WeightingMethod.COMBINED) {
                    out.add(f(LintSeverity.INFO, "weighting", "lint.weightsFromData", SCHEME_FORMAT));
                    return;
                }
                effective = AhpWeights.effective(s, levels);
            }
        }
        Map<String, Indicator> byPath = new java.util.HashMap<>();
        for (Dimension d : s.dimensions()) {
            for (Indicator i : d.indicators()) {
                byPath.put(Scheme.path(d, i), i);
            }
        }
        double total = effective.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            return;
        }
        for (Map.Entry<String, Double> e : effective.entrySet()) {
            Indicator i = byPath.get(e.getKey());
            if (i == null || (config.exemptExpertJudgement() && i.kind().isExpertJudgement())) {
                continue;
            }
            double share = e.getValue() / total;
            if (share > config.maxIndicatorShare() + 1e-12) {
                out.add(f(LintSeverity.WARNING, e.getKey(), "lint.indicatorDominates", LEIDEN_1, i.code(),
                        fmt(share), fmt(config.maxIndicatorShare())));
            }
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static LintFinding f(LintSeverity sev, String path, String code, String policy, Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        return new LintFinding(sev, path, code, policy, a);
    }
}
