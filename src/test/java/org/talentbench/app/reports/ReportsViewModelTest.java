package org.talentbench.app.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.DemoService;
import org.talentbench.service.ReportService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The Reports screen's state and export command, with fake dialogs and jobs run on the test thread. */
class ReportsViewModelTest {
    static final String OPEN_ROUND = "2026年度科研人员评价";
    @TempDir
    static Path dir;
    static Database db;
    static ReportService service;

    private Dialogs dialogs;
    private ReportsViewModel vm;

    @BeforeAll
    static void demo() {
        Path file = dir.resolve("vm");
        DemoService.create(file, DemoSpec.standard().withResearchers(30), f -> { }, () -> false);
        db = Database.open(DatabaseLocation.parse(file.toString()), false);
        service = new ReportService(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void screen() {
        dialogs = new Dialogs();
        vm = new ReportsViewModel(Messages.of(Language.ZH), TaskRunner.direct(), dialogs);
        vm.setService(service);
    }

    @Test
    void theRoundsAreListedNewestFirstWithTheScoredPeopleOfTheChosenOne() {
        assertEquals(OPEN_ROUND, vm.rounds().get(0));
        assertEquals(OPEN_ROUND, vm.roundProperty().get());
        assertFalse(vm.people().isEmpty());
        assertEquals(service.people(OPEN_ROUND).get(0).employeeNo(), vm.personProperty().get().value());
        assertEquals("zh", vm.languageProperty().get().value());
    }

    @Test
    void exportingTheRankedListAsksForAFileAndListsItInTheResult(@TempDir Path out) throws Exception {
        vm.selectKind(ReportService.Kind.RANKED_LIST);
        Path file = out.resolve("ranked.pdf");
        dialogs.files.add(file);
        assertTrue(vm.canExportProperty().get());
        vm.export();
        assertTrue(Files.size(file) > 10_000);
        assertTrue(dialogs.suggested.get(0).endsWith(".pdf") && dialogs.suggested.get(0).contains(OPEN_ROUND),
                dialogs.suggested.toString());
        assertTrue(vm.resultProperty().get().contains("已写入 1 个文件") && vm.resultProperty().get().contains(
                file.toString()), vm.resultProperty().get());
        assertEquals(List.of(), dialogs.errors);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        vm.selectKind(ReportService.Kind.PUBLICITY);
        vm.export();
        assertEquals("", vm.resultProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void everyPersonOfTheRoundGoesIntoTheChosenFolderOneFileEach(@TempDir Path out) throws Exception {
        vm.selectKind(ReportService.Kind.INDIVIDUAL);
        vm.everyoneProperty().set(true);
        dialogs.folders.add(out);
        vm.export();
        long files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.count();
        }
        assertEquals(vm.people().size(), files);
        assertTrue(vm.resultProperty().get().startsWith("已写入 " + files + " 个文件"), vm.resultProperty().get());
    }

    @Test
    void theBatchChoiceIsOnlyForTheIndividualSummary() {
        vm.selectKind(ReportService.Kind.INDIVIDUAL);
        assertTrue(vm.individualProperty().get());
        vm.everyoneProperty().set(true);
        vm.selectKind(ReportService.Kind.VERIFICATION);
        assertFalse(vm.everyoneProperty().get());
        assertTrue(vm.perPersonProperty().get());
        vm.personProperty().set(null);
        assertFalse(vm.canExportProperty().get(), "a per-person document needs a person");
    }

    @Test
    void aFileThatCannotBeWrittenShowsAnError(@TempDir Path out) throws Exception {
        Path blocker = Files.writeString(out.resolve("not-a-folder"), "x");
        vm.selectKind(ReportService.Kind.RANKED_LIST);
        dialogs.files.add(blocker.resolve("ranked.pdf"));
        vm.export();
        assertEquals(1, dialogs.errors.size());
        assertFalse(vm.busyProperty().get());
    }

    /** Answers the save and folder dialogs from queues and records errors and the suggested names. */
    private static final class Dialogs implements DialogService {
        final Deque<Path> files = new ArrayDeque<>();
        final Deque<Path> folders = new ArrayDeque<>();
        final List<String> suggested = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseDatabaseToOpen(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseDatabaseToCreate(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String initialName, List<String> extensions) {
            suggested.add(initialName);
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.ofNullable(folders.poll());
        }
    }
}
