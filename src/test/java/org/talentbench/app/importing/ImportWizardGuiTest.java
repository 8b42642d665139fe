package org.talentbench.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.common.FxTaskRunner;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ImportService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through a small import: add two template workbooks, check the preview, import, read the summary. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ImportWizardGuiTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    @TempDir
    static Path dir;

    private Database db;
    private FakeDialogs dialogs;
    private ImportWizardView view;
    private final AtomicInteger reloads = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(DatabaseLocation.memory("wizard-gui-" + COUNTER.incrementAndGet()));
        dialogs = new FakeDialogs();
        dialogs.filesToImport = List.of(
                ImportWizardViewModelTest.researchers(dir.resolve("人员-" + COUNTER.get() + ".xlsx"),
                        ImportWizardViewModelTest.researcher("E1", "张伟", "研究员"),
                        ImportWizardViewModelTest.researcher("E2", "李娜", "副研究员")),
                ImportWizardViewModelTest.outputs(dir.resolve("成果-" + COUNTER.get() + ".xlsx")));
        Messages messages = Messages.of(Language.ZH);
        ImportWizardViewModel vm = new ImportWizardViewModel(messages, new ImportService(db),
                new FxTaskRunner(new StatusViewModel()), dialogs, Platform::runLater, reloads::incrementAndGet);
        view = new ImportWizardView(vm, messages.bundle(), stage::close);
        stage.setScene(new Scene(view, 980, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addCheckAndImportTwoWorkbooks(FxRobot robot) throws Exception {
        robot.clickOn("#importAddFiles");
        TableView<?> files = robot.lookup("#importFiles").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> files.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("可以导入", "可以导入"), view.viewModel().files().stream()
                .map(ImportFileRowViewModel::status).toList());

        robot.clickOn("#importNext");
        Label verdict = robot.lookup("#importVerdict").queryAs(Label.class);
        javafx.scene.control.Button commit = robot.lookup("#importCommit").queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> commit.isVisible() && !commit.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("已检查 3 行，可以导入（0 条提示）。", verdict.getText());

        robot.clickOn("#importCommit");
        Label result = robot.lookup("#importResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !result.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(result.getText().startsWith("导入完成。"), result.getText());
        assertEquals(1, reloads.get());
        int researchers = db.read(r -> r.researchers().count());
        int outputs = db.read(r -> r.outputs().count());
        assertEquals(2, researchers);
        assertEquals(1, outputs);
        assertEquals(List.of(), dialogs.errors);
    }
}
