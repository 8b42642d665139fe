package org.talentbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.profile.RepresentativeWorkRowViewModel;
import org.talentbench.app.profile.ResearcherEditorViewModel;
import org.talentbench.app.researchers.ResearchersView;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.service.DemoService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Creates a researcher with a paper and a patent through the profile editor, marks both as representative works with
 * their statements, saves with Ctrl+S, restarts the main window on the same database file and finds them again.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ProfileEditorGuiTest {
    private static final String EMPLOYEE_NO = "JS2026999";

    @TempDir
    static Path dir;

    private static Path db;
    private MainWindow window;
    private UserSettings settings;

    /** The demo database is written before the toolkit starts, so that the window's setup stays short. */
    @BeforeAll
    static void createDatabase() {
        db = dir.resolve("profiles-" + System.nanoTime());
        DemoService.create(db, new DemoSpec(12, 3, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
    }

    @Start
    void start(Stage stage) {
        settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.EN);
        window = new MainWindow(stage, settings);
        window.show(Workspace.open(db, false));
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        waitFor(what, condition, () -> "");
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition,
                                java.util.function.Supplier<String> state) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + " " + state.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ResearcherEditorViewModel editor(MainWindow w) {
        List<ResearcherEditorViewModel> open = w.editors().viewModels();
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    /** Chooses a kind in the "New output" menu (the popup's items are fired directly; headless popups are flaky). */
    private static void newOutput(FxRobot robot, String kind) {
        MenuButton button = robot.lookup("#newOutputButton").queryAs(MenuButton.class);
        robot.interact(() -> button.getItems().stream().filter(i -> ("new-" + kind).equals(i.getId())).findFirst()
                .orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aResearcherWithAPaperAndAPatentAsRepresentativeWorksIsFoundAgainAfterARestart(FxRobot robot)
            throws Exception {
        TableView<?> table = robot.lookup("#" + ResearchersView.TABLE_ID).queryAs(TableView.class);
        waitFor("the researchers are listed", () -> table.getItems().size() == 12);

        robot.clickOn("#newResearcherButton");
        waitFor("the editor is ready", () -> editor(window) != null && editor(window).readyProperty().get());
        ResearcherEditorViewModel vm = editor(window);

        robot.clickOn("#employeeNoField").write(EMPLOYEE_NO);
        TextField name = robot.lookup("#nameZhField").queryAs(TextField.class);
        robot.interact(() -> name.setText("郭测试"));
        robot.clickOn("#nameLatinField").write("Guo Ceshi");
        DatePicker birth = robot.lookup("#birthDatePicker").queryAs(DatePicker.class);
        robot.clickOn(birth.getEditor()).write("1990-05-06").type(KeyCode.TAB);
        ComboBox<?> department = robot.lookup("#departmentBox").queryAs(ComboBox.class);
        robot.interact(() -> department.getSelectionModel().select(0));
        waitFor("the profile fields are valid", () -> vm.fieldMessages().all().isEmpty(),
                () -> vm.fieldMessages().all() + " employeeNo=" + vm.employeeNoProperty().get() + " birth="
                        + vm.birthDateProperty().get());

        newOutput(robot, "JOURNAL_PAPER");
        robot.clickOn("#outputTitleField").write("Sparse attention for long documents");
        robot.clickOn("#outputVenueField").write("Science China Information Sciences");
        robot.clickOn("#outputDomesticBox");
        robot.clickOn("#markWorkButton");

        newOutput(robot, "PATENT");
        robot.clickOn("#outputTitleField").write("Sparse attention accelerator");
        robot.clickOn("#outputExternalIdField").write("CN202610000001.X");
        ComboBox<?> type = robot.lookup("#attr-patentType").queryAs(ComboBox.class);
        ComboBox<?> status = robot.lookup("#attr-patentStatus").queryAs(ComboBox.class);
        robot.interact(() -> {
            type.getSelectionModel().select(0);
            status.getSelectionModel().select(1);
        });
        robot.clickOn("#markWorkButton");
        assertEquals(2, vm.works().size());

        robot.clickOn("Representative works");
        TableView<?> works = robot.lookup("#worksTable").queryAs(TableView.class);
        for (int i = 0; i < 2; i++) {
            int row = i;
            robot.interact(() -> works.getSelectionModel().select(row));
            robot.clickOn("#contributionArea").write("I designed the method and ran the experiments.");
            robot.clickOn("#relevanceArea").write("This is the core of my research line.");
        }
        waitFor("nothing blocks the save", () -> vm.problems().isEmpty() && vm.canSaveProperty().get());

        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        waitFor("the profile is saved", () -> !vm.researcherId().isNew() && !vm.dirtyProperty().get()
                && !vm.busyProperty().get());
        assertEquals(List.of(), vm.problems());

        robot.clickOn("#closeButton");
        waitFor("the editor is closed", () -> window.editors().viewModels().isEmpty());
        robot.interact(() -> window.close());

        // restart on the same file
        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> {
            again[0] = new MainWindow(new Stage(), settings);
            again[0].show(Workspace.open(db, false));
        });
        TableView<?> table2 = robot.lookup("#" + ResearchersView.TABLE_ID).queryAs(TableView.class);
        waitFor("the restarted window lists the new researcher", () -> table2.getItems().size() == 13);
        robot.clickOn("#" + ResearchersView.SEARCH_ID).write(EMPLOYEE_NO);
        waitFor("the search finds it", () -> table2.getItems().size() == 1);
        robot.doubleClickOn(robot.from(table2).lookup(EMPLOYEE_NO).<javafx.scene.Node>query());
        waitFor("its profile opens", () -> editor(again[0]) != null && editor(again[0]).readyProperty().get()
                && editor(again[0]).works().size() == 2);
        ResearcherEditorViewModel reopened = editor(again[0]);
        assertEquals("郭测试", reopened.nameZhProperty().get());
        assertEquals(2, reopened.outputs().size());
        assertEquals(List.of("Sparse attention for long documents", "Sparse attention accelerator"),
                reopened.works().stream().map(w -> w.titleProperty().get()).toList());
        for (RepresentativeWorkRowViewModel w : reopened.works()) {
            assertEquals("I designed the method and ran the experiments.", w.contributionProperty().get());
            assertEquals("This is the core of my research line.", w.relevanceProperty().get());
        }
        robot.clickOn("Representative works");
        TableView<?> shown = robot.lookup("#worksTable").queryAs(TableView.class);
        assertEquals(2, shown.getItems().size());
        assertTrue(reopened.history().stream().anyMatch(h -> h.newValue().contains("Sparse attention accelerator")),
                "the history records the representative works");
        robot.interact(() -> again[0].close());
    }
}
