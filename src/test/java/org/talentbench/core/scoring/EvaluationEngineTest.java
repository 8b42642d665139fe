package org.talentbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.Fixtures.d;
import static org.talentbench.core.Fixtures.output;
import static org.talentbench.core.Fixtures.researcher;
import static org.talentbench.core.Fixtures.share;
import static org.talentbench.core.scheme.TestSchemes.count;
import static org.talentbench.core.scheme.TestSchemes.dimension;
import static org.talentbench.core.scheme.TestSchemes.judgement;
import static org.talentbench.core.scheme.TestSchemes.scheme;
import static org.talentbench.core.scheme.TestSchemes.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleStatus;
import org.talentbench.core.cycle.DateWindow;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scheme.SchemeRef;
import org.talentbench.core.scheme.Transform;
import org.talentbench.core.scheme.TransformKind;

/**
 * A hand-built institute whose every number is derived in the comments.
 *
 * <p>Scheme "hand" (applied research, 3-year cycle, direct weights): INNOVATION 0.5 = PATENTS (count of patents
 * with status GRANTED/LICENSED/TRANSFERRED, share-weighted); QUALITY 0.3 = TRANSFER (sum of transfer amounts ×
 * share); CONTRIBUTION 0.2 = SERVICE (count of academic service per year of window). Five researchers, born 1970
 * (never young talent), hired 2022-01-01: window 2022-01-01..2024-12-31, due on 2024-12-31.
 */
class EvaluationEngineTest {
    static final Scheme HAND = scheme("hand", ResearchCategory.APPLIED, 3,
            dimension("INNOVATION", 0.5, count("PATENTS", 1.0, List.of(OutputKind.PATENT),
                    Map.of("patentStatus", List.of("GRANTED", "LICENSED", "TRANSFERRED")))),
            dimension("QUALITY", 0.3, sum("TRANSFER", 1.0, List.of(OutputKind.TECH_TRANSFER), "amount")),
            dimension("CONTRIBUTION", 0.2, count("SERVICE", 1.0, List.of(OutputKind.ACADEMIC_SERVICE), null,
                    Transform.of(TransformKind.RATE_PER_YEAR))));

    static Researcher person(long id) {
        return researcher(id, Gender.MALE, d("1970-03-03"), d("2022-01-01"), ResearchCategory.APPLIED);
    }

    static List<Output> handOutputs() {
        Map<String, String> granted = Map.of("patentStatus", "GRANTED");
        return List.of(
                output(101, OutputKind.PATENT, d("2023-05-01"), granted, share(1, 60), share(2, 40)),
                output(102, OutputKind.PATENT, d("2023-06-01"), Map.of("patentStatus", "APPLIED"), share(1, 100)),
                output(103, OutputKind.PATENT, d("2024-02-01"), Map.of("patentStatus", "LICENSED"), share(1, 100)),
                output(104, OutputKind.PATENT, d("2021-06-01"), granted, share(1, 100)), // before the window
                output(105, OutputKind.PATENT, d("2022-09-01"), Map.of("patentStatus", "TRANSFERRED"), share(4, 100)),
                output(106, OutputKind.PATENT, d("2023-09-01"), granted, share(4, 100)),
                output(107, OutputKind.PATENT, d("2024-09-01"), granted, share(5, 40), share(999, 60)),
                output(201, OutputKind.TECH_TRANSFER, d("2023-03-01"), Map.of("amount", "1000000"), share(1, 50),
                        share(3, 50)),
                output(202, OutputKind.TECH_TRANSFER, d("2024-03-01"), Map.of("amount", "200000"), share(2, 100)),
                output(301, OutputKind.ACADEMIC_SERVICE, d("2022-05-01"), Map.of(), share(1, 100)),
                output(302, OutputKind.ACADEMIC_SERVICE, d("2023-05-01"), Map.of(), share(1, 100)),
                output(303, OutputKind.ACADEMIC_SERVICE, d("2024-05-01"), Map.of(), share(3, 100)));
    }

    static EvaluationInput handInput(List<Researcher> people, Map<ResearcherId, Map<String, Double>> manual) {
        return new EvaluationInput(people, handOutputs(), List.of(), Map.of(ResearchCategory.APPLIED, HAND),
                Map.of(), manual, d("2024-12-31"), CycleRules.defaults());
    }

    static List<Researcher> five() {
        return List.of(person(1), person(2), person(3), person(4), person(5));
    }

    static EvaluationResult evaluate(EvaluationInput input, EvaluationOptions options) {
        return new EvaluationEngine().evaluate(input, options, null, null);
    }

    static ScoreCard card(EvaluationResult r, long id) {
        return r.card(new ResearcherId(id));
    }

    @Test
    void traceShowsRawValuesCountedOutputsAndContributionShares() {
        EvaluationResult r = evaluate(handInput(five(), Map.of()), EvaluationOptions.defaults());
        ScoreCard one = card(r, 1);
        Trace t = one.trace();
        assertEquals(new SchemeRef("hand", 1), t.scheme());
        assertEquals(new DateWindow(d("2022-01-01"), d("2024-12-31")), t.window());
        assertEquals(CohortKey.of(ResearchCategory.APPLIED), t.cohort());

        // PATENTS: 101 (granted, 60% share) + 103 (licensed, 100%) = 1.6; 102 is only applied, 104 predates the
        // window.
        IndicatorTrace patents = t.indicator("PATENTS");
        assertEquals(List.of(new OutputId(101), new OutputId(103)),
                patents.counted().stream().map(CountedOutput::outputId).toList());
        assertEquals(List.of(0.6, 1.0), patents.counted().stream().map(CountedOutput::share).toList());
        assertEquals(1.6, patents.raw(), 1e-12);
        assertEquals(InputStatus.COMPUTED, patents.status());
        // Cohort values 0 (R3), 0.4 (R2), 0.4 (R5), 1.6 (R1), 2.0 (R4); percentile (below + (equal − 1)/2)/(n − 1):
        // R1 has 3 below → 3/4 = 0.75; effective weight 0.5 × 1.0; points 100 × 0.5 × 0.75 = 37.5.
        assertEquals(0.75, patents.normalised(), 1e-12);
        assertEquals(0.5, patents.effectiveWeight(), 1e-12);
        assertEquals(37.5, patents.points(), 1e-9);

        // TRANSFER: half of contract 201 (1,000,000) = 500,000.
        IndicatorTrace transfer = t.indicator("TRANSFER");
        assertEquals(List.of(new CountedOutput(new OutputId(201), 0.5, 1_000_000.0, 500_000.0)), transfer.counted());
        assertEquals(500_000.0, transfer.raw(), 1e-9);
        // values 0, 0, 200k, 500k (R1), 500k (R3): R1 has 3 below, 2 equal → (3 + 0.5)/4 = 0.875 → 26.25 points
        assertEquals(0.875, transfer.normalised(), 1e-12);

        // SERVICE: 2 services over a window of 1,096 days = 1096 / 365.2425 = 3.0007461 years → 0.6665009 a year
        IndicatorTrace service = t.indicator("SERVICE");
        assertEquals(2.0, service.raw(), 1e-12);
        assertEquals(2.0 / (1096 / 365.2425), service.value(), 1e-12);
        assertEquals(1.0, service.normalised(), 1e-12);

        // total 37.5 + 26.25 + 20 = 83.75: the best of the five
        assertEquals(83.75, one.total(), 1e-9);
        assertEquals(37.5, one.innovation(), 1e-9);
        assertEquals(26.25, one.quality(), 1e-9);
        assertEquals(20.0, one.contribution(), 1e-9);
        assertEquals(1, one.rank());
        assertEquals(5, one.cohortSize());
    }

    @Test
    void ranksFollowTheHandComputedTotals() {
        EvaluationResult r = evaluate(handInput(five(), Map.of()), EvaluationOptions.defaults());
        // R4: 100·(0.5·1 + 0.3·0.125 + 0.2·0.25) = 58.75; R3: 0 + 26.25 + 15 = 41.25;
        // R2: 18.75 + 15 + 5 = 38.75; R5: 18.75 + 3.75 + 5 = 27.5
        assertEquals(58.75, card(r, 4).total(), 1e-9);
        assertEquals(41.25, card(r, 3).total(), 1e-9);
        assertEquals(38.75, card(r, 2).total(), 1e-9);
        assertEquals(27.5, card(r, 5).total(), 1e-9);
        assertEquals(List.of(1L, 4L, 3L, 2L, 5L), r.cards().stream().map(c -> c.researcherId().value()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), r.cards().stream().map(ScoreCard::rank).toList());
        assertEquals(100.0, card(r, 1).percentile(), 1e-9);
        assertEquals(0.0, card(r, 5).percentile(), 1e-9);
    }

    @Test
    void resultRecordsSchemeEngineAndWeights() {
        EvaluationResult r = evaluate(handInput(five(), Map.of()), EvaluationOptions.defaults());
        assertEquals(EvaluationEngine.VERSION, r.engineVersion());
        assertEquals(Map.of(ResearchCategory.APPLIED, new SchemeRef("hand", 1)), r.schemes());
        CohortSummary s = r.cohorts().get(CohortKey.of(ResearchCategory.APPLIED));
        assertEquals(Map.of("INNOVATION/PATENTS", 0.5, "QUALITY/TRANSFER", 0.3, "CONTRIBUTION/SERVICE", 0.2),
                s.weights().effective());
        assertEquals(1.0, s.weights().effective().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertFalse(s.fallback());
    }

    @Test
    void researchersNotDueAppearWithTheirDecisionButNoRank() {
        List<Researcher> people = new ArrayList<>(five());
        people.add(researcher(6, Gender.MALE, d("1970-01-01"), d("2023-01-01"), ResearchCategory.APPLIED));
        people.add(researcher(7, Gender.MALE, d("1970-01-01"), d("2020-01-01"), ResearchCategory.APPLIED));
        EvaluationResult r = evaluate(handInput(people, Map.of()), EvaluationOptions.defaults());
        ScoreCard newHire = card(r, 6);
        assertEquals(CycleStatus.CHECK_IN_ONLY, newHire.decision().status());
        assertNull(newHire.rank());
        assertNull(newHire.trace());
        assertTrue(newHire.hasFlag("flag.checkInOnly"));
        ScoreCard notDue = card(r, 7); // 2020..2022, 2023..2025: not due in 2024
        assertEquals(CycleStatus.NOT_DUE, notDue.decision().status());
        assertTrue(notDue.hasFlag("flag.notDue"));
        assertEquals(List.of("2025-12-31"), notDue.flags().get(0).args());
        assertNull(notDue.rank());
        assertEquals(5, card(r, 1).cohortSize());
        // unranked cards come after the ranked ones
        assertEquals(List.of(6L, 7L), r.cards().subList(5, 7).stream().map(c -> c.researcherId().value()).toList());
    }

    @Test
    void failedCharacterGateMeansNoRankWhateverThePoints() {
        Map<ResearcherId, Map<String, Double>> manual = Map.of(new ResearcherId(1), Map.of("CHARACTER", 0.0));
        EvaluationResult r = evaluate(handInput(five(), manual), EvaluationOptions.defaults());
        ScoreCard one = card(r, 1);
        assertNull(one.rank());
        assertTrue(one.hasFlag("flag.gateFailed"));
        assertEquals(List.of(new GateOutcome("CHARACTER", false, false)), one.gates());
        assertEquals(1.6, one.trace().indicator("PATENTS").raw(), 1e-12);
        assertNull(one.trace().indicator("PATENTS").points());
        assertEquals(4, card(r, 4).cohortSize());
        assertEquals(List.of(new GateOutcome("CHARACTER", true, true)), card(r, 4).gates());
    }

    @Test
    void blockingRepresentativeWorkFindingFailsTheRepresentativeWorksGate() {
        Scheme gated = HAND.withGates(List.of(new org.talentbench.core.scheme.Gate("REPRESENTATIVE_WORKS", "代表作",
                "Representative works", org.talentbench.core.scheme.GateKind.REPRESENTATIVE_WORKS, true)));
        // researcher 2 puts forward patent 103, which credits only researcher 1
        List<org.talentbench.core.researcher.RepresentativeWork> works = List.of(
                new org.talentbench.core.researcher.RepresentativeWork(1, new ResearcherId(2), new OutputId(103), 1,
                        "mine", "relevant"),
                new org.talentbench.core.researcher.RepresentativeWork(1, new ResearcherId(1), new OutputId(103), 1,
                        "mine", "relevant"));
        EvaluationInput in = new EvaluationInput(five(), handOutputs(), works, Map.of(ResearchCategory.APPLIED,
                gated), Map.of(), Map.of(), d("2024-12-31"), CycleRules.defaults());
        EvaluationResult r = evaluate(in, EvaluationOptions.defaults());
        ScoreCard two = card(r, 2);
        assertNull(two.rank());
        assertEquals("flag.repWork.notCredited", two.representativeWorkFindings().get(0).code());
        assertTrue(two.hasFlag("flag.representativeWorksBlocking"));
        assertEquals(List.of(new GateOutcome("REPRESENTATIVE_WORKS", false, false)), two.gates());
        assertEquals(List.of(new GateOutcome("REPRESENTATIVE_WORKS", true, false)), card(r, 1).gates());
        // no works submitted: the gate's missing rule (pass) applies
        assertEquals(List.of(new GateOutcome("REPRESENTATIVE_WORKS", true, true)), card(r, 3).gates());
        assertNotNull(card(r, 3).rank());
    }

    static final Scheme WITH_PEER_REVIEW = scheme("peer", ResearchCategory.APPLIED, 3,
            dimension("INNOVATION", 0.5, judgement("PEER", 1.0, IndicatorKind.PEER_REVIEW)),
            dimension("QUALITY", 0.3, sum("TRANSFER", 1.0, List.of(OutputKind.TECH_TRANSFER), "amount")),
            dimension("CONTRIBUTION", 0.2, count("SERVICE", 1.0, List.of(OutputKind.ACADEMIC_SERVICE), null)));

    static EvaluationInput peerInput() {
        Map<ResearcherId, Double> peer = new HashMap<>();
        peer.put(new ResearcherId(1), 90.0);
        peer.put(new ResearcherId(2), 80.0);
        peer.put(new ResearcherId(3), 70.0);
        peer.put(new ResearcherId(4), 60.0);
        // researcher 5 has no peer-review score yet
        return new EvaluationInput(five(), handOutputs(), List.of(), Map.of(ResearchCategory.APPLIED,
                WITH_PEER_REVIEW), peer, Map.of(), d("2024-12-31"), CycleRules.defaults());
    }

    @Test
    void missingPeerReviewExcludesFromRankingByDefault() {
        EvaluationResult r = evaluate(peerInput(), EvaluationOptions.defaults());
        ScoreCard five = card(r, 5);
        assertNull(five.rank());
        assertTrue(five.hasFlag("flag.peerReviewMissing"));
        assertEquals(InputStatus.MISSING, five.trace().indicator("PEER").status());
        assertEquals(4, card(r, 1).cohortSize());
    }

    @Test
    void missingPeerReviewCanCountAsZeroOrCohortMedianWithAFlag() {
        EvaluationResult zero = evaluate(peerInput(), EvaluationOptions.defaults()
                .withMissingInputs(MissingInputRule.ZERO, MissingInputRule.ZERO));
        ScoreCard z = card(zero, 5);
        assertNotNull(z.rank());
        assertEquals(InputStatus.IMPUTED_ZERO, z.trace().indicator("PEER").status());
        assertEquals(0.0, z.trace().indicator("PEER").value());
        assertTrue(z.hasFlag("flag.peerReviewMissing"));

        EvaluationResult median = evaluate(peerInput(), EvaluationOptions.defaults()
                .withMissingInputs(MissingInputRule.COHORT_MEDIAN, MissingInputRule.ZERO));
        // present scores 60, 70, 80, 90: the lower median is 70
        IndicatorTrace m = card(median, 5).trace().indicator("PEER");
        assertEquals(InputStatus.IMPUTED_MEDIAN, m.status());
        assertEquals(70.0, m.value());
    }

    @Test
    void bibliometricContextIsShownButNotScored() {
        List<Output> outs = new ArrayList<>(handOutputs());
        outs.add(new Output(new OutputId(401), OutputKind.JOURNAL_PAPER, "p1", d("2022-03-01"), "J", "", "", true, 15,
                "OpenAlex", d("2024-10-01"), 1.2, Map.of(), List.of(share(1, 50)), 1));
        outs.add(new Output(new OutputId(402), OutputKind.JOURNAL_PAPER, "p2", d("2023-03-01"), "J", "", "", false,
                10, "OpenAlex", d("2024-10-01"), null, Map.of(), List.of(share(1, 50)), 1));
        outs.add(new Output(new OutputId(403), OutputKind.CONFERENCE_PAPER, "p3", d("2024-03-01"), "C", "", "",
                false, 5, "OpenAlex", d("2024-11-01"), 0.6, Map.of(), List.of(share(1, 100)), 1));
        outs.add(new Output(new OutputId(404), OutputKind.JOURNAL_PAPER, "p4", d("2024-06-01"), "J", "", "", false,
                3, "OpenAlex", d("2024-10-01"), null, Map.of(), List.of(share(1, 100)), 1));
        EvaluationInput in = new EvaluationInput(five(), outs, List.of(), Map.of(ResearchCategory.APPLIED, HAND),
                Map.of(), Map.of(), d("2024-12-31"), CycleRules.defaults());
        EvaluationResult r = evaluate(in, EvaluationOptions.defaults());
        BibliometricContext c = card(r, 1).context();
        // citations 15, 10, 5, 3: total 33, h = 3, g padded = 5 (33 ≥ 25), g capped = 4, i10 = 2
        assertEquals(4, c.papers());
        assertEquals(33, c.totalCitations());
        assertEquals(3, c.hIndex());
        assertEquals(5, c.gIndexPadded());
        assertEquals(4, c.gIndexCapped());
        assertEquals(2, c.i10Index());
        // mean of 1.2 and 0.6; the 2024 paper is under two years old at 2024-12-31
        assertEquals(0.9, c.meanFieldNormalisedImpact(), 1e-12);
        assertEquals(1, c.unsettledPapers());
        assertEquals(d("2024-11-01"), c.citationsAsOf());
        assertTrue(card(r, 1).hasFlag("flag.citationsUnsettled"));
        // the score is the same as without the papers
        assertEquals(83.75, card(r, 1).total(), 1e-9);
    }

    @Test
    void duplicateOutputIdsAreRefused() {
        List<Output> outs = new ArrayList<>(handOutputs());
        outs.add(handOutputs().get(0));
        EvaluationInput in = new EvaluationInput(five(), outs, List.of(), Map.of(ResearchCategory.APPLIED, HAND),
                Map.of(), Map.of(), d("2024-12-31"), CycleRules.defaults());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate(in, EvaluationOptions.defaults()));
        assertEquals("evaluation.duplicateOutput", e.code());
    }

    @Test
    void cancellationStopsTheEvaluation() {
        assertThrows(CancellationException.class, () -> new EvaluationEngine().evaluate(handInput(five(), Map.of()),
                EvaluationOptions.defaults(), null, () -> true));
    }

    @Test
    void progressGoesFromZeroToOne() {
        List<Double> seen = new ArrayList<>();
        new EvaluationEngine().evaluate(handInput(five(), Map.of()), EvaluationOptions.defaults(),
                (f, stage) -> seen.add(f), () -> false);
        assertEquals(0.0, seen.get(0));
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
    }
}
