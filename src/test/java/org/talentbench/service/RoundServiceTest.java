package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Movement;
import org.talentbench.core.round.Participant;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.RoundStage;
import org.talentbench.core.round.SnapshotInfo;
import org.talentbench.core.round.SnapshotRow;
import org.talentbench.core.round.StageEvent;
import org.talentbench.core.round.Verification;
import org.talentbench.core.scoring.ScoreCard;
import org.talentbench.demo.DemoSpec;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Rounds over a real store: participants from the cycle rules and staff decisions, stage moves, and snapshots that
 * stay as they were stored. Cycle facts come from policy-rules.md (basic research 5-year cycles, applied 3, new
 * hires check in during their first cycle) and the cycle engine's own reference cases.
 */
class RoundServiceTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final LocalDate REF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;
    static Database demo;

    @BeforeAll
    static void createDemo() {
        Path file = dir.resolve("demo");
        DemoService.create(file, new DemoSpec(40, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        demo = Database.open(DatabaseLocation.file(file), false);
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    private static Database fresh() {
        return Database.open(DatabaseLocation.memory("rounds-test-" + COUNTER.incrementAndGet()));
    }

    private static Researcher person(String no, ResearchCategory category, String dept, String born, String hired) {
        return new Researcher(ResearcherId.NEW, no, "人员" + no, "Person " + no, Gender.FEMALE, LocalDate.parse(born),
                Degree.DOCTORATE, LocalDate.of(2000, 7, 1), LocalDate.parse(hired), dept, "研究员", "物理学",
                category, Set.of(), "", "", "", Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    @Test
    void participantsFollowTheCycleRulesAndStaffDecisions() {
        try (Database db = fresh()) {
            List<Researcher> stored = db.inTransaction(r -> r.researchers().insertAll(List.of(
                    // basic, hired 2021-01-01: the 5-year window 2021–2025 ends in the round's year
                    person("E001", ResearchCategory.BASIC, "AI", "1970-05-05", "2021-01-01"),
                    // basic, hired 2010-01-01: cycles 2020–2024, 2025–2029 — not due in 2025
                    person("E002", ResearchCategory.BASIC, "AI", "1970-05-05", "2010-01-01"),
                    // hired 2024-03-15: first cycle, new hires file a check-in
                    person("E003", ResearchCategory.BASIC, "AI", "1970-05-05", "2024-03-15"),
                    // applied, hired 2023-01-01: the 3-year window 2023–2025 is due
                    person("E004", ResearchCategory.APPLIED, "AI", "1970-05-05", "2023-01-01"),
                    // due as well, but in a department outside the round's scope
                    person("E005", ResearchCategory.APPLIED, "BIO", "1970-05-05", "2023-01-01"))));
            Map<String, ResearcherId> ids = stored.stream()
                    .collect(Collectors.toMap(Researcher::employeeNo, Researcher::id));
            RoundService rounds = new RoundService(db, "hr");
            rounds.create("2025 annual", REF, new RoundScope(Set.of(), Set.of("AI")));

            Map<String, Participation> before = participation(rounds.participants("2025 annual"));
            assertEquals(Map.of("E001", Participation.DUE_FULL, "E002", Participation.NOT_DUE,
                    "E003", Participation.CHECK_IN_ONLY, "E004", Participation.DUE_FULL), before);

            rounds.decide("2025 annual", ids.get("E002"), true, "early evaluation for promotion");
            rounds.decide("2025 annual", ids.get("E004"), false, "long illness leave");
            InvalidInputException noReason = assertThrows(InvalidInputException.class,
                    () -> rounds.decide("2025 annual", ids.get("E001"), false, " "));
            assertEquals("round.reasonRequired", noReason.code());

            List<Participant> after = rounds.participants("2025 annual");
            assertEquals(Map.of("E001", Participation.DUE_FULL, "E002", Participation.INCLUDED,
                    "E003", Participation.CHECK_IN_ONLY, "E004", Participation.EXCLUDED), participation(after));
            Participant excluded = after.stream().filter(p -> p.employeeNo().equals("E004")).findFirst().orElseThrow();
            assertEquals("long illness leave", excluded.override().reason());
            assertEquals("hr", excluded.override().actor());

            rounds.clearDecision("2025 annual", ids.get("E004"));
            assertEquals(Participation.DUE_FULL, participation(rounds.participants("2025 annual")).get("E004"));
        }
    }

    private static Map<String, Participation> participation(List<Participant> ps) {
        return ps.stream().collect(Collectors.toMap(Participant::employeeNo, Participant::participation));
    }

    @Test
    void stageMovesAreRecordedAndAFinalRoundIsReadOnly() {
        try (Database db = fresh()) {
            RoundService rounds = new RoundService(db, "hr");
            Round r = rounds.create("  Spring review ", REF, RoundScope.all());
            assertEquals("Spring review", r.name());
            assertEquals(RoundStage.DRAFT, r.stage());
            assertEquals("round.nameExists", assertThrows(InvalidInputException.class,
                    () -> rounds.create("Spring review", REF, RoundScope.all())).code());
            assertEquals(4, r.schemeIds().size(), "every category pins a stored scheme version");

            rounds.advance("Spring review", null);
            rounds.advance("Spring review", "all data in");
            assertEquals("round.reasonRequired", assertThrows(InvalidInputException.class,
                    () -> rounds.back("Spring review", "")).code());
            assertEquals(RoundStage.PEER_REVIEW, rounds.round("Spring review").stage(), "a refusal changes nothing");
            rounds.back("Spring review", "two profiles corrected");
            for (int i = 0; i < 5; i++) {
                rounds.advance("Spring review", "");
            }
            assertEquals(RoundStage.FINAL, rounds.round("Spring review").stage());

            List<StageEvent> history = rounds.history("Spring review");
            assertEquals(8, history.size());
            StageEvent back = history.get(2);
            assertTrue(back.backward());
            assertEquals("two profiles corrected", back.reason());
            assertEquals("hr", back.actor());

            assertEquals("round.final", assertThrows(InvalidInputException.class,
                    () -> rounds.advance("Spring review", "")).code());
            assertEquals("round.final", assertThrows(InvalidInputException.class,
                    () -> rounds.score("Spring review", null, null)).code());
            assertEquals("round.final", assertThrows(InvalidInputException.class,
                    () -> rounds.verify("Spring review", new ResearcherId(1), Verification.Status.CONFIRMED, ""))
                    .code());
            assertEquals("round.notFound", assertThrows(InvalidInputException.class,
                    () -> rounds.advance("No such round", "")).code());
        }
    }

    @Test
    void theDemoInstituteShowsTwoFinalRoundsAndOneInCalibration() {
        List<RoundSummary> list = new RoundService(demo).list().stream()
                .filter(s -> s.name().endsWith("年度科研人员评价")).toList();
        assertEquals(List.of("2026年度科研人员评价", "2025年度科研人员评价", "2024年度科研人员评价"),
                list.stream().map(RoundSummary::name).toList());
        assertEquals(List.of(RoundStage.CALIBRATION, RoundStage.FINAL, RoundStage.FINAL),
                list.stream().map(RoundSummary::stage).toList());
        assertEquals(List.of(2, 1, 1), list.stream().map(RoundSummary::snapshots).toList());
        assertTrue(list.stream().allMatch(s -> s.participants() > 0), "every round scores someone");
    }

    @Test
    void aStoredSnapshotDoesNotChangeWhenTheDataChangeLater() {
        String name = "immutability " + COUNTER.incrementAndGet();
        RoundService rounds = new RoundService(demo, "hr");
        rounds.create(name, LocalDate.of(2026, 6, 30), RoundScope.all());
        SnapshotInfo first = rounds.score(name, null, null);
        List<SnapshotRow> rowsBefore = rounds.ranking(first.id()).rows();
        SnapshotRow someone = rowsBefore.get(0);
        ScoreCard cardBefore = rounds.card(first.id(), someone.researcherId());

        demo.inTransaction(r -> {
            Researcher p = r.researchers().findById(someone.researcherId()).orElseThrow();
            r.researchers().update(new Researcher(p.id(), p.employeeNo(), "改名后", p.nameLatin(), p.gender(),
                    p.birthDate(), p.degree(), p.degreeDate(), p.hireDate(), p.departmentCode(), p.title(),
                    p.discipline(), p.category(), p.talentTags(), p.orcid(), p.email(), p.phone(), p.techTags(),
                    p.status(), p.breaks(), p.history(), p.version()));
            r.outputs().findByResearcher(someone.researcherId()).forEach(o -> r.outputs().delete(o.id()));
            return null;
        });

        assertEquals(rowsBefore, rounds.ranking(first.id()).rows());
        assertEquals(cardBefore, rounds.card(first.id(), someone.researcherId()));
        assertEquals(someone.name(), rounds.card(first.id(), someone.researcherId()).name());

        SnapshotInfo second = rounds.score(name, null, null);
        assertNotEquals(first.id(), second.id());
        assertNotEquals(first.inputsFingerprint(), second.inputsFingerprint(), "the edit shows in the fingerprint");
        SnapshotRow renamed = rounds.ranking(second.id()).rows().stream()
                .filter(r -> r.researcherId().equals(someone.researcherId())).findFirst().orElseThrow();
        assertEquals("改名后", renamed.name());
        assertEquals(2, rounds.snapshots(name).size());
        assertEquals(second.id(), rounds.ranking(name).snapshot().id(), "the ranked list shows the latest snapshot");
    }

    @Test
    void aCheckInNoteIsKeptWithTheRoundReplacedWhenWrittenAgainAndRefusedOnceFinal() {
        String name = "check-ins " + COUNTER.incrementAndGet();
        RoundService rounds = new RoundService(demo, "hr");
        rounds.create(name, LocalDate.of(2026, 6, 30), RoundScope.all());
        Participant young = rounds.participants(name).stream()
                .filter(p -> p.participation() == Participation.CHECK_IN_ONLY).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has people who only check in mid-cycle"));

        rounds.checkIn(name, young.researcherId(), "中期进展：完成两项实验，论文在投。");
        assertEquals("中期进展：完成两项实验，论文在投。", rounds.checkIns(name).get(young.researcherId()).note());
        assertEquals("hr", rounds.checkIns(name).get(young.researcherId()).actor());
        rounds.checkIn(name, young.researcherId(), "Revised: both experiments done.");
        assertEquals(1, rounds.checkIns(name).size());
        assertEquals("Revised: both experiments done.", rounds.checkIns(name).get(young.researcherId()).note());

        for (int i = 0; i < 6; i++) {
            rounds.advance(name, "");
        }
        assertEquals("round.final", assertThrows(InvalidInputException.class,
                () -> rounds.checkIn(name, young.researcherId(), "too late")).code());
        assertEquals("Revised: both experiments done.", rounds.checkIns(name).get(young.researcherId()).note());
    }

    @Test
    void enteringPeerReviewFreezesTheRepresentativeWorksOfTheRound() {
        String name = "works " + COUNTER.incrementAndGet();
        RoundService rounds = new RoundService(demo, "hr");
        rounds.create(name, LocalDate.of(2026, 6, 30), RoundScope.all());
        Participant someone = rounds.participants(name).stream().filter(p -> p.participation().scored())
                .filter(p -> demo.read(r -> r.representativeWorks().find(p.researcherId(), 0)).size() >= 2)
                .findFirst().orElseThrow();
        List<org.talentbench.core.researcher.RepresentativeWork> standing = demo.read(r ->
                r.representativeWorks().find(someone.researcherId(), 0));

        rounds.advance(name, null);
        assertEquals(List.of(), rounds.roundWorks(name, someone.researcherId()), "nothing is frozen before review");
        rounds.advance(name, null);
        long roundId = rounds.round(name).id();
        List<org.talentbench.core.researcher.RepresentativeWork> frozen = rounds.roundWorks(name,
                someone.researcherId());
        assertEquals(standing.stream().map(w -> w.outputId()).toList(), frozen.stream().map(w -> w.outputId())
                .toList());
        assertTrue(frozen.stream().allMatch(w -> w.roundId() == roundId));
        assertEquals(standing.get(0).contributionStatement(), frozen.get(0).contributionStatement());
        assertTrue(demo.read(r -> r.changeLog().findForResearcher(someone.researcherId())).stream()
                        .anyMatch(e -> e.field().startsWith("round " + roundId + " ")),
                "the copy is in the change log");

        // a later edit of the standing selection is for the next round, not this one
        demo.inTransaction(r -> {
            r.representativeWorks().replace(someone.researcherId(), 0, List.of());
            return null;
        });
        assertEquals(frozen, rounds.roundWorks(name, someone.researcherId()));
        demo.inTransaction(r -> {
            r.representativeWorks().replace(someone.researcherId(), 0, standing);
            return null;
        });
    }

    @Test
    void scoringTwiceWithoutChangesGivesTheSameFingerprintAndNobodyMoves() {
        String name = "repeat " + COUNTER.incrementAndGet();
        RoundService rounds = new RoundService(demo, "hr");
        rounds.create(name, LocalDate.of(2025, 12, 31), RoundScope.all());
        SnapshotInfo a = rounds.score(name, null, null);
        SnapshotInfo b = rounds.score(name, null, null);
        assertEquals(a.inputsFingerprint(), b.inputsFingerprint());
        List<Movement> moves = rounds.compare(a.id(), b.id());
        assertTrue(moves.stream().allMatch(m -> m.kind() == Movement.Kind.SAME));
    }

    @Test
    void theCalibrationSnapshotsOfTheDemoShowWhoMoved() {
        List<SnapshotInfo> snaps = new RoundService(demo).snapshots("2026年度科研人员评价");
        assertEquals(2, snaps.size());
        RoundService rounds = new RoundService(demo);
        Map<ResearcherId, SnapshotRow> before = rounds.ranking(snaps.get(0).id()).rows().stream()
                .collect(Collectors.toMap(SnapshotRow::researcherId, Function.identity()));
        for (Movement m : rounds.compare(snaps.get(0).id(), snaps.get(1).id())) {
            SnapshotRow b = before.get(m.researcherId());
            if (m.kind() == Movement.Kind.UP || m.kind() == Movement.Kind.DOWN) {
                assertEquals(b.rank(), m.rankBefore());
                assertNotEquals(m.rankBefore(), m.rankAfter());
            }
        }
    }

    @Test
    void aCancelledScoringRunStoresNothing() {
        String name = "cancel " + COUNTER.incrementAndGet();
        RoundService rounds = new RoundService(demo, "hr");
        rounds.create(name, LocalDate.of(2025, 12, 31), RoundScope.all());
        assertThrows(CancellationException.class, () -> rounds.score(name, null, () -> true));
        assertTrue(rounds.snapshots(name).isEmpty());
        assertEquals("round.notScored", assertThrows(InvalidInputException.class, () -> rounds.ranking(name)).code());
    }

    @Test
    void aResearchersTrendSpansTheDemoRounds() {
        RoundService rounds = new RoundService(demo);
        SnapshotRow ranked = rounds.ranking("2025年度科研人员评价").rows().stream().filter(SnapshotRow::ranked)
                .findFirst().orElseThrow();
        List<TrendPoint> trend = rounds.trend(ranked.researcherId());
        assertFalse(trend.isEmpty());
        assertTrue(trend.stream().anyMatch(t -> t.roundName().equals("2025年度科研人员评价")));
        for (int i = 1; i < trend.size(); i++) {
            assertFalse(trend.get(i).snapshot().referenceDate().isBefore(trend.get(i - 1).snapshot().referenceDate()),
                    "oldest first");
        }
    }

    @Test
    void theVerificationSheetListsExactlyTheOutputsInTheWindow() throws Exception {
        RoundService rounds = new RoundService(demo);
        String name = "2026年度科研人员评价";
        org.talentbench.core.round.Participant due = rounds.participants(name).stream()
                .filter(Participant::scored).findFirst().orElseThrow();
        var window = due.decision().window();
        Set<Long> expected = demo.inTransaction(r -> r.outputs().findByResearcher(due.researcherId()).stream()
                .filter(o -> !o.date().isBefore(window.start()) && !o.date().isAfter(window.end()))
                .map(o -> o.id().value()).collect(Collectors.toSet()));

        Path file = dir.resolve("sheet-" + COUNTER.incrementAndGet() + ".xlsx");
        org.talentbench.exchange.round.VerificationSheetExporter.write(file,
                org.talentbench.i18n.Messages.of(org.talentbench.i18n.Language.ZH),
                rounds.verificationData(name, due.researcherId()));

        Set<Long> listed = new java.util.HashSet<>();
        String heading;
        try (var in = java.nio.file.Files.newInputStream(file);
             var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            heading = rows.get(0).getCellText(0);
            boolean inTable = false;
            for (org.dhatim.fastexcel.reader.Row row : rows) {
                String first = row.getCellCount() > 0 ? row.getCellText(0) : "";
                if ("日期".equals(first)) {
                    inTable = true;
                    continue;
                }
                if (inTable) {
                    if (row.getCellCount() < 6 || row.getCellText(5).isEmpty()) {
                        break;
                    }
                    listed.add(new java.math.BigDecimal(row.getCellText(5)).longValue());
                }
            }
        }
        assertTrue(heading.contains(name), heading);
        assertEquals(expected, listed);
        assertFalse(expected.isEmpty(), "the fixture has outputs in the window");
    }
}
