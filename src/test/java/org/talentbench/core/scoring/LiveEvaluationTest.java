package org.talentbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.Weighting;
import org.talentbench.core.scheme.WeightingMethod;
import org.talentbench.core.scoring.mcda.Normalisation;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;
import org.talentbench.demo.DemoInstitute;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSpec;

/**
 * Incremental re-scoring after an edit gives exactly what a full evaluation of the edited institute gives: every
 * card (values, counted outputs, normalised values, weights, points, ranks, percentiles, rank intervals, flags in
 * order) and every cohort summary.
 */
class LiveEvaluationTest {
    private static final EvaluationOptions PREVIEW = EvaluationOptions.defaults()
            .withMissingInputs(MissingInputRule.ZERO, MissingInputRule.COHORT_MEDIAN);
    private static final EvaluationOptions QUICK_PREVIEW = PREVIEW.withSensitivity(SensitivityOptions.off());

    /** The institute as a full evaluation would see it after the same edits. */
    private static final class Institute {
        final EvaluationInput base;
        final TreeMap<Long, Researcher> researchers = new TreeMap<>();
        final TreeMap<Long, Output> outputs = new TreeMap<>();
        long nextOutputId;

        Institute(EvaluationInput in) {
            base = in;
            in.researchers().forEach(r -> researchers.put(r.id().value(), r));
            in.outputs().forEach(o -> outputs.put(o.id().value(), o));
            nextOutputId = outputs.lastKey() + 1_000;
        }

        List<Output> outputsOf(ResearcherId id) {
            return outputs.values().stream().filter(o -> credits(o, id)).toList();
        }

        void edit(Researcher changed, List<Output> theirs) {
            researchers.put(changed.id().value(), changed);
            for (Output o : outputsOf(changed.id())) {
                outputs.remove(o.id().value());
            }
            theirs.forEach(o -> outputs.put(o.id().value(), o));
        }

        EvaluationInput input() {
            return new EvaluationInput(new ArrayList<>(researchers.values()), new ArrayList<>(outputs.values()),
                    base.representativeWorks(), base.schemes(), base.peerReview(), base.manualInputs(),
                    base.referenceDate(), base.cycleRules(), base.staffDecisions());
        }
    }

    private static boolean credits(Output o, ResearcherId id) {
        return o.contributors().stream().anyMatch(c -> c.researcherId().equals(id));
    }

    private static EvaluationInput demo() {
        DemoSpec spec = DemoSpec.standard();
        DemoInstitute demo = DemoInstituteGenerator.generateInMemory(spec);
        return new EvaluationInput(demo.researchers(), demo.outputs(), demo.representativeWorks(),
                DefaultSchemes.all(), Map.of(), Map.of(), spec.referenceDate(), CycleRules.defaults());
    }

    private static EvaluationInput entropySchemes(EvaluationInput in) {
        Map<ResearchCategory, Scheme> schemes = new TreeMap<>();
        in.schemes().forEach((c, s) -> schemes.put(c, s.withWeighting(new Weighting(WeightingMethod.ENTROPY, null,
                null))));
        return new EvaluationInput(in.researchers(), in.outputs(), in.representativeWorks(), schemes,
                in.peerReview(), in.manualInputs(), in.referenceDate(), in.cycleRules(), in.staffDecisions());
    }

    static Stream<Arguments> institutes() {
        EvaluationInput synthetic = SyntheticInstitute.generate(400, 20, 11L);
        return Stream.of(
                Arguments.of("demo, defaults (rank stability on)", demo(), EvaluationOptions.defaults(), 101L),
                Arguments.of("demo, preview rules", demo(), PREVIEW, 102L),
                Arguments.of("synthetic, preview rules, rank stability on", synthetic, PREVIEW, 103L),
                Arguments.of("synthetic, discipline groups, fallback to the category", synthetic,
                        QUICK_PREVIEW.withDisciplineGroups(Map.of()).withMinCohortSize(15), 104L),
                Arguments.of("synthetic, fallback to all categories, min-max", synthetic,
                        QUICK_PREVIEW.withMinCohortSize(75).withNormalisation(Normalisation.MIN_MAX), 105L),
                Arguments.of("synthetic, TOPSIS, z-score", synthetic, QUICK_PREVIEW
                        .withAggregation(Aggregation.TOPSIS, TopsisNormalisation.MIN_MAX)
                        .withNormalisation(Normalisation.Z_SCORE), 106L),
                Arguments.of("synthetic, entropy weights, excluded when inputs missing", entropySchemes(synthetic),
                        EvaluationOptions.defaults().withSensitivity(SensitivityOptions.off()), 107L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("institutes")
    void randomEditsGiveExactlyTheFullEvaluationOfTheEditedInstitute(String name, EvaluationInput in,
                                                                     EvaluationOptions options, long seed) {
        EvaluationEngine engine = new EvaluationEngine();
        Institute model = new Institute(in);
        LiveEvaluation live = engine.prepare(in, options, null, null);
        assertSame(engine.evaluate(in, options, null, null), live.result(), "before any edit");
        Random rnd = new Random(seed);
        List<Long> ids = new ArrayList<>(model.researchers.keySet());
        for (int step = 0; step < 10; step++) {
            Researcher r = model.researchers.get(ids.get(rnd.nextInt(ids.size())));
            List<Output> theirs = new ArrayList<>(model.outputsOf(r.id()));
            assertEquals(theirs, live.outputsOf(r.id()), "outputs known to the live evaluation");
            Researcher changed = r;
            int kind = rnd.nextInt(8);
            switch (theirs.isEmpty() && kind < 3 ? 3 : kind) {
                case 0, 1 -> {
                    int k = rnd.nextInt(theirs.size());
                    theirs.set(k, moved(theirs.get(k), rnd));
                }
                case 2 -> theirs.remove(rnd.nextInt(theirs.size()));
                case 3 -> theirs.add(newOutput(model, r.id(), ids.get(rnd.nextInt(ids.size())), rnd));
                case 4 -> theirs.clear();
                case 5 -> changed = withCategory(r, ResearchCategory.values()[rnd.nextInt(4)]);
                case 6 -> changed = withDiscipline(r, new String[] {"physics", "ecology", "computing", "optics"}
                        [rnd.nextInt(4)]);
                default -> changed = withTitle(r, rnd.nextBoolean() ? "研究员" : "助理研究员");
            }
            model.edit(changed, theirs);
            EvaluationResult incremental = live.rescore(changed, theirs);
            assertSame(engine.evaluate(model.input(), options, null, null), incremental,
                    "step " + step + ", edit " + kind + " of researcher " + r.id().value());
        }
    }

    @Test
    void aResearcherMovedToAnotherCategoryLeavesOneCohortAndJoinsTheOther() {
        EvaluationInput in = SyntheticInstitute.generate(300, 20, 5L);
        Institute model = new Institute(in);
        LiveEvaluation live = new EvaluationEngine().prepare(in, QUICK_PREVIEW, null, null);
        ScoreCard before = live.result().cards().stream().filter(c -> c.ranked()
                && c.category() == ResearchCategory.BASIC).findFirst().orElseThrow();
        Researcher moved = withCategory(model.researchers.get(before.researcherId().value()),
                ResearchCategory.APPLIED);
        List<Output> theirs = model.outputsOf(moved.id());
        model.edit(moved, theirs);
        EvaluationResult after = live.rescore(moved, theirs);
        assertSame(new EvaluationEngine().evaluate(model.input(), QUICK_PREVIEW, null, null), after, "moved");
        ScoreCard card = after.card(moved.id());
        assertEquals(ResearchCategory.APPLIED, card.cohort().category());
        assertEquals(live.result().cohorts().get(CohortKey.of(ResearchCategory.BASIC)).size(),
                before.cohortSize() - 1);
    }

    @Test
    void aResearcherWhoIsNoLongerDueLeavesTheReferenceGroupOfASmallCohortOfAnotherCategory() {
        EvaluationInput in = SyntheticInstitute.generate(300, 20, 5L);
        EvaluationOptions options = QUICK_PREVIEW.withMinCohortSize(1_000);
        Institute model = new Institute(in);
        LiveEvaluation live = new EvaluationEngine().prepare(in, options, null, null);
        CohortKey applied = CohortKey.of(ResearchCategory.APPLIED);
        CohortSummary before = live.result().cohorts().get(applied);
        assertEquals(CohortKey.ALL, before.reference());
        ScoreCard basic = live.result().cards().stream().filter(c -> c.ranked()
                && c.category() == ResearchCategory.BASIC).findFirst().orElseThrow();
        Researcher r = model.researchers.get(basic.researcherId().value());
        // hired two years before the reference year: the first five-year cycle is not over
        Researcher hiredLater = withHireDate(r, SyntheticInstitute.REFERENCE.minusYears(2));
        List<Output> theirs = model.outputsOf(r.id());
        model.edit(hiredLater, theirs);
        EvaluationResult after = live.rescore(hiredLater, theirs);
        assertSame(new EvaluationEngine().evaluate(model.input(), options, null, null), after, "not due");
        assertNotEquals(CycleStatus.DUE_FULL, after.card(r.id()).decision().status());
        assertEquals(before.referenceSize() - 1, after.cohorts().get(applied).referenceSize());
    }

    @Test
    void aCohortFallingUnderTheMinimumSizeFallsBackToItsCategoryAndReturnsWhenTheMemberComesBack() {
        EvaluationInput in = SyntheticInstitute.generate(300, 20, 8L);
        Institute model = new Institute(in);
        // the minimum is the size of the smallest cohort: one member fewer and it is normalised against the wider group
        EvaluationResult first = new EvaluationEngine().evaluate(in, QUICK_PREVIEW, null, null);
        CohortSummary smallest = first.cohorts().values().stream()
                .min(java.util.Comparator.comparingInt(CohortSummary::size)).orElseThrow();
        EvaluationOptions options = QUICK_PREVIEW.withMinCohortSize(smallest.size());
        LiveEvaluation live = new EvaluationEngine().prepare(in, options, null, null);
        assertEquals(false, live.result().cohorts().get(smallest.key()).fallback());
        ScoreCard member = live.result().cards().stream()
                .filter(c -> c.ranked() && c.cohort().equals(smallest.key())).findFirst().orElseThrow();
        Researcher r = model.researchers.get(member.researcherId().value());
        ResearchCategory elsewhere = r.category() == ResearchCategory.BASIC ? ResearchCategory.APPLIED
                : ResearchCategory.BASIC;
        List<Output> theirs = model.outputsOf(r.id());

        Researcher away = withCategory(r, elsewhere);
        model.edit(away, theirs);
        EvaluationResult after = live.rescore(away, theirs);
        assertSame(new EvaluationEngine().evaluate(model.input(), options, null, null), after, "left");
        assertEquals(true, after.cohorts().get(smallest.key()).fallback(), "under the minimum");

        model.edit(r, theirs);
        EvaluationResult back = live.rescore(r, theirs);
        assertSame(new EvaluationEngine().evaluate(model.input(), options, null, null), back, "came back");
        assertEquals(false, back.cohorts().get(smallest.key()).fallback());
    }

    @Test
    void researchersLeftWithoutOutputsTieAndAreRankedTogetherAsInAFullEvaluation() {
        EvaluationInput in = SyntheticInstitute.generate(300, 20, 9L);
        Institute model = new Institute(in);
        EvaluationEngine engine = new EvaluationEngine();
        LiveEvaluation live = engine.prepare(in, QUICK_PREVIEW, null, null);
        List<ScoreCard> cohort = live.result().cards().stream()
                .filter(c -> c.ranked() && c.category() == ResearchCategory.APPLIED).limit(4).toList();
        // one after the other, four people of the same cohort lose every output: equal values, shared mid-ranks
        for (ScoreCard c : cohort) {
            Researcher r = model.researchers.get(c.researcherId().value());
            model.edit(r, List.of());
            EvaluationResult after = live.rescore(r, List.of());
            assertSame(engine.evaluate(model.input(), QUICK_PREVIEW, null, null), after,
                    "emptied " + r.id().value());
        }
        EvaluationResult last = live.result();
        List<ScoreCard> emptied = cohort.stream().map(c -> last.card(c.researcherId())).toList();
        // every indicator counted from outputs is 0 for all four: tied, so the same normalised (mid-rank) value
        assertEquals(1, emptied.stream().map(LiveEvaluationTest::fromOutputs).distinct().count(), "tied");
        assertEquals(true, fromOutputs(emptied.get(0)).stream().allMatch(v -> v > 0.0 && v < 1.0),
                "a tie at 0 among members with outputs gets the mid-rank, above 0");
    }

    /** The normalised values of the indicators counted from outputs, in scheme order. */
    private static List<Double> fromOutputs(ScoreCard c) {
        return c.trace().dimensions().stream().flatMap(d -> d.indicators().stream())
                .filter(i -> !i.kind().isExpertJudgement()).map(IndicatorTrace::normalised).toList();
    }

    @Test
    void manyEditsOfTheSameFewResearchersStayExact() {
        EvaluationInput in = SyntheticInstitute.generate(400, 20, 12L);
        Institute model = new Institute(in);
        EvaluationEngine engine = new EvaluationEngine();
        LiveEvaluation live = engine.prepare(in, QUICK_PREVIEW, null, null);
        List<Long> few = live.result().cards().stream().filter(ScoreCard::ranked).limit(3)
                .map(c -> c.researcherId().value()).toList();
        List<Long> ids = new ArrayList<>(model.researchers.keySet());
        Random rnd = new Random(13L);
        for (int step = 0; step < 40; step++) {
            Researcher r = model.researchers.get(few.get(rnd.nextInt(few.size())));
            List<Output> theirs = new ArrayList<>(model.outputsOf(r.id()));
            if (theirs.isEmpty() || rnd.nextInt(4) == 0) {
                theirs.add(newOutput(model, r.id(), ids.get(rnd.nextInt(ids.size())), rnd));
            } else if (rnd.nextInt(5) == 0) {
                theirs.remove(rnd.nextInt(theirs.size()));
            } else {
                int k = rnd.nextInt(theirs.size());
                theirs.set(k, moved(theirs.get(k), rnd));
            }
            model.edit(r, theirs);
            EvaluationResult after = live.rescore(r, theirs);
            assertSame(engine.evaluate(model.input(), QUICK_PREVIEW, null, null), after,
                    "step " + step + ", researcher " + r.id().value());
        }
    }

    @Test
    void anAddedOutputIsCountedInTheTrace() {
        EvaluationInput in = SyntheticInstitute.generate(300, 20, 6L);
        Institute model = new Institute(in);
        LiveEvaluation live = new EvaluationEngine().prepare(in, QUICK_PREVIEW, null, null);
        ScoreCard before = live.result().cards().stream().filter(c -> c.ranked() && !counted(c).isEmpty())
                .findFirst().orElseThrow();
        ResearcherId id = before.researcherId();
        List<Output> theirs = new ArrayList<>(model.outputsOf(id));
        // a copy, under a new id, of an output of a kind and with attributes that the scheme counts
        Output like = model.outputs.get(counted(before).get(0).value());
        Output added = new Output(new OutputId(model.nextOutputId++), like.kind(), "新成果", like.date(), "", "", "",
                false, null, null, null, null, like.attributes(), List.of(new Contribution(id, 1, true, 100)), 1);
        theirs.add(added);
        model.edit(model.researchers.get(id.value()), theirs);
        EvaluationResult after = live.rescore(model.researchers.get(id.value()), theirs);
        assertSame(new EvaluationEngine().evaluate(model.input(), QUICK_PREVIEW, null, null), after, "added");
        assertTrue(counted(after.card(id)).contains(added.id()), "the new output is among the outputs counted");
        assertFalse(counted(before).contains(added.id()));
    }

    private static List<OutputId> counted(ScoreCard c) {
        return c.trace().dimensions().stream().flatMap(d -> d.indicators().stream())
                .flatMap(i -> i.counted().stream()).map(CountedOutput::outputId).toList();
    }

    @Test
    void removingAllOutputsLeavesNoOutputsInTheWindow() {
        EvaluationInput in = SyntheticInstitute.generate(300, 20, 8L);
        Institute model = new Institute(in);
        LiveEvaluation live = new EvaluationEngine().prepare(in, QUICK_PREVIEW, null, null);
        ScoreCard before = live.result().cards().stream().filter(ScoreCard::ranked).findFirst().orElseThrow();
        Researcher r = model.researchers.get(before.researcherId().value());
        assertFalse(before.hasFlag("flag.noOutputsInWindow"));
        model.edit(r, List.of());
        EvaluationResult after = live.rescore(r, List.of());
        assertSame(new EvaluationEngine().evaluate(model.input(), QUICK_PREVIEW, null, null), after, "removed");
        assertTrue(after.card(r.id()).hasFlag("flag.noOutputsInWindow"));
        assertNotEquals(before.total(), after.card(r.id()).total());
        assertTrue(live.outputsOf(r.id()).isEmpty());
    }

    @Test
    void anUnknownResearcherOrAnOutputNotCreditingTheResearcherIsRefused() {
        EvaluationInput in = SyntheticInstitute.generate(50, 5, 9L);
        LiveEvaluation live = new EvaluationEngine().prepare(in, QUICK_PREVIEW, null, null);
        Researcher first = in.researchers().get(0);
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> live.rescore(first.withId(new ResearcherId(999_999)), List.of()));
        assertEquals("evaluation.unknownResearcher", unknown.code());
        Output someoneElses = in.outputs().stream().filter(o -> !credits(o, first.id())).findFirst().orElseThrow();
        InvalidInputException notCredited = assertThrows(InvalidInputException.class,
                () -> live.rescore(first, List.of(someoneElses)));
        assertEquals("evaluation.outputNotCredited", notCredited.code());
    }

    /** Summaries and cards one by one (readable failures), then the whole result. */
    private static void assertSame(EvaluationResult full, EvaluationResult incremental, String where) {
        assertEquals(full.cohorts(), incremental.cohorts(), where + ": cohorts");
        assertEquals(full.cards().size(), incremental.cards().size(), where + ": cards");
        for (int i = 0; i < full.cards().size(); i++) {
            assertEquals(full.cards().get(i), incremental.cards().get(i), where + ": card " + i);
        }
        assertEquals(full, incremental, where);
    }

    private static Output moved(Output o, Random rnd) {
        boolean paper = o.kind().isPaper();
        return new Output(o.id(), o.kind(), o.title(), o.date().plusDays(rnd.nextInt(801) - 400), o.venue(), o.doi(),
                o.externalId(), o.domesticJournal(), paper ? Integer.valueOf(rnd.nextInt(120)) : o.citations(),
                o.citationSource(), o.citationAsOf(), o.fieldNormalisedImpact(), o.attributes(), o.contributors(),
                o.version() + 1);
    }

    private static Output newOutput(Institute model, ResearcherId author, long coAuthor, Random rnd) {
        List<Contribution> cs = coAuthor == author.value() ? List.of(new Contribution(author, 1, true, 100))
                : List.of(new Contribution(author, 1, true, 60), new Contribution(new ResearcherId(coAuthor), 2,
                false, 40));
        return new Output(new OutputId(model.nextOutputId++), OutputKind.JOURNAL_PAPER, "new",
                model.base.referenceDate().minusDays(rnd.nextInt(4 * 365)), "", "", "", rnd.nextBoolean(),
                rnd.nextInt(50), "OpenAlex", model.base.referenceDate(), null, Map.of(), cs, 1);
    }

    private static Researcher withCategory(Researcher r, ResearchCategory c) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), r.discipline(), c,
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(),
                r.version() + 1);
    }

    private static Researcher withDiscipline(Researcher r, String discipline) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), discipline, r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(),
                r.version() + 1);
    }

    private static Researcher withHireDate(Researcher r, java.time.LocalDate hired) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), hired, r.departmentCode(), r.title(), r.discipline(), r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(),
                r.version() + 1);
    }

    private static Researcher withTitle(Researcher r, String title) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), r.departmentCode(), title, r.discipline(), r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(),
                r.version() + 1);
    }
}
