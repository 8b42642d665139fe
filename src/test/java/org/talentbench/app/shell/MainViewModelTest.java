package org.talentbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.UserSettings;

class MainViewModelTest {
    @TempDir
    Path dir;

    private FakeDialogService dialogs;
    private UserSettings settings;
    private MainViewModel vm;

    @BeforeEach
    void create() {
        dialogs = new FakeDialogService();
        settings = new UserSettings(dir.resolve("settings.properties"));
        vm = new MainViewModel(Messages.of(Language.EN), settings, TaskRunner.direct(), dialogs, new StatusViewModel());
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void firstStartWithoutADatabaseCreatesAndOpensTheDemoInstitute() {
        Path db = dir.resolve("first");
        vm.start(Optional.of(db));
        assertNotNull(vm.workspaceProperty().get());
        assertEquals(DemoSpec.STANDARD_RESEARCHERS, vm.researchers().totalCount());
        assertEquals(DemoSpec.STANDARD_RESEARCHERS, vm.researchers().visibleRows().size());
        assertTrue(Files.exists(dir.resolve("first.mv.db")));
        assertEquals(Optional.of(db.toAbsolutePath().normalize()), settings.lastDatabase());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(vm.status().databaseProperty().get().endsWith("first.mv.db"));
    }

    @Test
    void openingAFileThatIsNotADatabaseShowsWhyAndKeepsTheCurrentOne() throws Exception {
        Path notes = dir.resolve("notes.mv.db");
        Files.writeString(notes, "meeting notes", StandardCharsets.UTF_8);
        dialogs.filesToCreate.add(dir.resolve("empty"));
        vm.newEmptyInstitute();
        var before = vm.workspaceProperty().get();
        assertNotNull(before);

        dialogs.filesToOpen.add(notes);
        vm.openDatabase();

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains(notes.toString()), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("not a TalentBench database"), dialogs.errors.get(0));
        assertEquals(before, vm.workspaceProperty().get());
        assertEquals("meeting notes", Files.readString(notes));
    }

    @Test
    void newEmptyInstituteRefusesAnExistingFile() {
        dialogs.filesToCreate.add(dir.resolve("a"));
        vm.newEmptyInstitute();
        assertEquals(0, vm.researchers().totalCount());
        dialogs.filesToCreate.add(dir.resolve("a"));
        vm.newEmptyInstitute();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("already exists"), dialogs.errors.get(0));
    }

    @Test
    void languageChangeIsRememberedAndAnnounced() {
        Language[] announced = new Language[1];
        vm.onLanguageChangeListener(l -> announced[0] = l);
        vm.changeLanguage(Language.ZH);
        assertEquals(Language.ZH, announced[0]);
        assertEquals(Language.ZH, settings.language());
    }
}
