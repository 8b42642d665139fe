package org.talentbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.evaluation.EvaluationView;
import org.talentbench.app.evaluation.EvaluationViewModel;
import org.talentbench.app.evaluation.RankingRowViewModel;
import org.talentbench.demo.DemoSpec;
import org.talentbench.i18n.Language;
import org.talentbench.service.DemoService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Runs a scoring round on a small demo institute through the evaluation screen and reads the list and a breakdown. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class EvaluationGuiTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path db = dir.resolve("eval-" + System.nanoTime());
        DemoService.create(db, new DemoSpec(30, 7, DemoSpec.STANDARD_REFERENCE_DATE), f -> { }, () -> false);
        UserSettings settings = new UserSettings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.language(Language.EN);
        window = new MainWindow(stage, settings);
        window.show(Workspace.open(db, false));
    }

    @Test
    void scoringTheLiveRoundShowsANewRankedListAndABreakdown(FxRobot robot) throws Exception {
        robot.clickOn("#nav-evaluation");
        EvaluationViewModel vm = window.viewModel().evaluation();
        @SuppressWarnings("unchecked")
        TableView<RankingRowViewModel> table = robot.lookup("#" + EvaluationView.RANKING_TABLE_ID)
                .queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.snapshots().size() == 2 && !table.getItems().isEmpty());
        assertEquals("2026年度科研人员评价", vm.roundProperty().get().name());
        assertEquals("Rank", table.getColumns().get(0).getText());

        robot.clickOn("#" + EvaluationView.SCORE_BUTTON_ID);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.snapshots().size() == 3
                && vm.snapshotProperty().get() == vm.snapshots().get(2) && !table.getItems().isEmpty());
        assertEquals(30, table.getItems().size(), "every researcher of the demo has a row");

        RankingRowViewModel ranked = table.getItems().stream().filter(RankingRowViewModel::ranked).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(ranked));
        Label title = robot.lookup("#" + EvaluationView.BREAKDOWN_TITLE_ID).queryAs(Label.class);
        String employeeNo = ranked.employeeNo();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> title.getText().contains(employeeNo));
        TableView<?> indicators = robot.lookup("#" + EvaluationView.INDICATOR_TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !indicators.getItems().isEmpty());
        assertFalse(vm.breakdown().decisionProperty().get().isBlank());
        assertTrue(robot.lookup("Window and cycle decision").tryQuery().isPresent());
    }
}
