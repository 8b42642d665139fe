package org.talentbench.app.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.round.ListFlag;
import org.talentbench.core.round.RoundStage;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.DemoService;
import org.talentbench.service.RoundSummary;
import org.talentbench.service.Workspace;

/** The evaluation screen's state in plain JUnit, on a small demo institute, with jobs run on the calling thread. */
class EvaluationViewModelTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    @TempDir
    static Path dir;
    static Workspace workspace;

    private FakeDialogService dialogs;
    private EvaluationViewModel vm;

    @BeforeAll
    static void demo() {
        Path file = dir.resolve("demo");
        DemoService.create(file, new DemoSpec(40, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        workspace = Workspace.open(file, false);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @BeforeEach
    void load() {
        dialogs = new FakeDialogService();
        vm = new EvaluationViewModel(Messages.of(Language.EN), TaskRunner.direct(), dialogs);
        vm.load(workspace.rounds());
    }

    private void select(String name) {
        vm.roundProperty().set(vm.rounds().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void opensOnTheLiveRoundWithItsLatestSnapshot() {
        RoundSummary first = vm.roundProperty().get();
        assertEquals("2026年度科研人员评价", first.name());
        assertEquals("Calibration", vm.stageProperty().get());
        assertEquals(2, vm.snapshots().size());
        assertEquals(vm.snapshots().get(1), vm.snapshotProperty().get(), "the latest snapshot is shown");
        assertFalse(vm.visibleRows().isEmpty());
        assertTrue(vm.editableProperty().get());
        assertTrue(vm.canGoBackProperty().get());
        assertFalse(vm.history().isEmpty(), "stage moves are listed");
        assertFalse(vm.participants().isEmpty());
        assertEquals(vm.snapshots().get(0), vm.compareWithProperty().get(), "compared with the previous snapshot");
    }

    @Test
    void stagesMoveForwardAndBackOnlyWithAReason() {
        String name = "VM round " + COUNTER.incrementAndGet();
        dialogs.textAnswers.add(name);
        dialogs.textAnswers.add("2025-12-31");
        vm.newRound();
        assertEquals(name, vm.roundProperty().get().name());
        assertEquals(RoundStage.DRAFT, vm.roundProperty().get().stage());
        assertFalse(vm.canGoBackProperty().get(), "Draft has no previous stage");
        assertTrue(vm.snapshots().isEmpty());

        vm.advance();
        assertEquals(RoundStage.DATA_VERIFICATION, vm.roundProperty().get().stage());
        assertTrue(vm.canGoBackProperty().get());

        vm.back();
        assertEquals(RoundStage.DATA_VERIFICATION, vm.roundProperty().get().stage(), "no reason given: no move");
        dialogs.textAnswers.add("profiles corrected");
        vm.back();
        assertEquals(RoundStage.DRAFT, vm.roundProperty().get().stage());
        assertTrue(vm.history().get(vm.history().size() - 1).contains("profiles corrected"));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aFinalRoundOffersNoMovesAndRefusesOne() {
        select("2024年度科研人员评价");
        assertEquals("Final", vm.stageProperty().get());
        assertFalse(vm.canAdvanceProperty().get());
        assertFalse(vm.canGoBackProperty().get());
        assertFalse(vm.editableProperty().get());
        vm.advance();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("final and read-only"), dialogs.errors.get(0));
    }

    @Test
    void newRoundWithABadDateIsRefusedWithAMessage() {
        dialogs.textAnswers.add("Bad date round");
        dialogs.textAnswers.add("31.12.2025");
        vm.newRound();
        assertEquals(1, dialogs.errors.size());
        assertTrue(vm.rounds().stream().noneMatch(r -> r.name().equals("Bad date round")));
    }

    @Test
    void searchCohortAndFlagFiltersNarrowTheList() {
        int all = vm.visibleRows().size();
        RankingRowViewModel someone = vm.visibleRows().get(0);
        vm.searchProperty().set(someone.employeeNo().toLowerCase());
        assertEquals(1, vm.visibleRows().size());
        vm.searchProperty().set("");
        assertEquals(all, vm.visibleRows().size());

        Choice ranked = vm.flagChoices().stream().filter(c -> "RANKED".equals(c.value())).findFirst().orElseThrow();
        vm.flagProperty().set(ranked);
        assertTrue(vm.visibleRows().stream().allMatch(RankingRowViewModel::ranked));
        Choice unverified = vm.flagChoices().stream().filter(c -> "UNVERIFIED".equals(c.value())).findFirst()
                .orElseThrow();
        vm.flagProperty().set(unverified);
        assertTrue(vm.visibleRows().stream().allMatch(r -> r.flagCodes().contains(ListFlag.UNVERIFIED)));
        vm.flagProperty().set(vm.flagChoices().get(0));

        Choice cohort = vm.cohortChoices().get(1);
        vm.cohortProperty().set(cohort);
        assertFalse(vm.visibleRows().isEmpty());
        assertTrue(vm.visibleRows().stream().allMatch(r -> r.cohort().equals(cohort.value())));
        assertEquals(Messages.of(Language.EN).get("category." + cohort.value()), cohort.label());
        assertFalse(cohort.label().equals(cohort.value()), "the cohort is named in words, not by its code");
    }

    @Test
    void selectingARankedPersonShowsTheBreakdown() {
        RankingRowViewModel row = vm.visibleRows().stream().filter(RankingRowViewModel::ranked).findFirst()
                .orElseThrow();
        vm.selectedProperty().set(row);
        BreakdownViewModel b = vm.breakdown();
        assertTrue(b.presentProperty().get());
        assertTrue(b.titleProperty().get().contains(row.employeeNo()));
        assertFalse(b.decisionProperty().get().isBlank(), "the cycle decision in words");
        assertFalse(b.indicators().isEmpty());
        double points = b.indicators().stream().mapToDouble(i -> i.points() == null ? 0 : i.points()).sum();
        assertEquals(row.total(), points, 1e-6, "the indicator points add up to the total");
        assertTrue(b.indicators().stream().anyMatch(i -> !i.outputs().isEmpty()), "outputs behind the values");
        assertFalse(b.trend().isEmpty());
        double[] p = b.personProperty().get();
        for (double v : p) {
            assertTrue(v >= 0 && v <= 1);
        }
    }

    @Test
    void scoringMakesANewSnapshotAndShowsIt() {
        String name = "VM scored " + COUNTER.incrementAndGet();
        dialogs.textAnswers.add(name);
        dialogs.textAnswers.add("2025-12-31");
        vm.newRound();
        vm.score();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(1, vm.snapshots().size());
        assertNotNull(vm.snapshotProperty().get());
        assertFalse(vm.visibleRows().isEmpty());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void compareTakesTwoToFourPeople() {
        List<RankingRowViewModel> rows = vm.visibleRows();
        assertFalse(vm.compare(List.of(rows.get(0))));
        assertEquals(1, dialogs.informations.size());
        assertFalse(vm.compare(rows.subList(0, 5)));
        assertTrue(vm.compare(rows.subList(0, 3)));
        assertEquals(3, vm.compared().size());
    }

    @Test
    void theNineBoxHoldsEveryRankedPersonOfTheCohortAndDrillsDown() {
        Choice cohort = vm.cohortChoices().get(1);
        vm.cohortProperty().set(cohort);
        long ranked = vm.visibleRows().stream().filter(RankingRowViewModel::ranked).count();
        assertEquals(9, vm.nineBox().size());
        assertEquals(ranked, vm.nineBox().stream().mapToInt(c -> c.members().size()).sum());
        NineBoxCell top = vm.nineBox().get(2);
        assertEquals(2, top.column());
        assertEquals(2, top.row());
        vm.drillDown(top);
        assertEquals(top.members().size(), vm.visibleRows().size());
        vm.drillDown(null);
        assertTrue(vm.visibleRows().size() >= ranked);
    }

    @Test
    void exportWritesTheListsColumnsAsCsv() throws Exception {
        Path file = dir.resolve("ranking-" + COUNTER.incrementAndGet() + ".csv");
        dialogs.filesToSave.add(file);
        vm.export("csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFCohort,Rank,Employee no.,Name,Total,Innovation,Quality,Contribution,Percentile,"
                + "Rank interval,Proposed grade,Participation,Flags", lines.get(0));
        assertEquals(vm.visibleRows().size() + 1, lines.size());

        String name = file.getFileName().toString();
        Path beside = file.resolveSibling(name.substring(0, name.length() - 4) + "-breakdown.csv");
        List<String> breakdown = Files.readAllLines(beside, StandardCharsets.UTF_8);
        assertTrue(breakdown.get(0).startsWith("\uFEFFCohort,Rank,Employee no.,Name,Dimension,Code,Indicator"),
                breakdown.get(0));
        long scored = vm.visibleRows().stream().filter(RankingRowViewModel::ranked).count();
        assertTrue(breakdown.size() > scored, "every ranked person has indicator lines: " + breakdown.size());
    }
}
