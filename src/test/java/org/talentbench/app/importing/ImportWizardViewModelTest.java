package org.talentbench.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.exchange.sheet.ContributorRef;
import org.talentbench.exchange.sheet.OutputSheetWriter;
import org.talentbench.exchange.sheet.ResearcherSheetWriter;
import org.talentbench.exchange.sheet.SheetOutput;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ExportService;
import org.talentbench.service.ImportService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** The import wizard's view model in plain JUnit: jobs run on the calling thread, dialogs are a fake. */
class ImportWizardViewModelTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    @TempDir
    Path dir;
    private Database db;
    private FakeDialogs dialogs;
    private ImportWizardViewModel vm;
    private int committed;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.memory("wizard-" + COUNTER.incrementAndGet()));
        dialogs = new FakeDialogs();
        vm = new ImportWizardViewModel(Messages.of(Language.ZH), new ImportService(db), TaskRunner.direct(), dialogs,
                Runnable::run, () -> committed++);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Researcher researcher(String no, String name, String title) {
        return new Researcher(ResearcherId.NEW, no, name, "", Gender.FEMALE, LocalDate.of(1990, 1, 2),
                Degree.DOCTORATE, null, null, "D01", title, "", ResearchCategory.BASIC, Set.of(), "", "", "",
                Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    static Path researchers(Path file, Researcher... rs) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ResearcherSheetWriter().write(List.of(rs), out, true);
        }
        return file;
    }

    static Path outputs(Path file) throws IOException {
        Output o = new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, "镁合金", LocalDate.of(2023, 3, 1), "金属学报",
                "10.1000/w1", "", true, null, "", null, null, Map.of(), List.of(), 0);
        try (OutputStream out = Files.newOutputStream(file)) {
            new OutputSheetWriter().write(List.of(new SheetOutput(o, List.of(new ContributorRef("E1", 1, true, 100)))),
                    out, true);
        }
        return file;
    }

    private int count(boolean outputs) {
        return db.read(r -> outputs ? r.outputs().count() : r.researchers().count());
    }

    @Test
    void templateFilesGoStraightToThePreviewAndImportInOneStep() throws IOException {
        dialogs.filesToImport = List.of(researchers(dir.resolve("人员.xlsx"), researcher("E1", "张伟", "研究员"),
                researcher("E2", "李娜", "")), outputs(dir.resolve("成果.xlsx")));

        vm.addFiles();

        assertEquals(List.of("人员.xlsx", "成果.xlsx"), vm.files().stream().map(ImportFileRowViewModel::name).toList());
        assertEquals(List.of("研究人员", "科研成果"), vm.files().stream().map(ImportFileRowViewModel::kind).toList());
        assertEquals("可以导入", vm.files().get(0).status());
        assertTrue(vm.canNext().get());
        vm.next();
        assertEquals(ImportWizardViewModel.Step.PREVIEW, vm.stepProperty().get());
        assertTrue(vm.issues().isEmpty());
        assertEquals("研究人员：新增 2，更新 0，合并 0，跳过 0\n科研成果：新增 1，更新 0，合并 0，跳过 0",
                vm.summaryProperty().get());
        assertTrue(vm.canCommit().get());
        assertEquals(0, count(false), "the preview writes nothing");

        vm.commit();

        assertEquals(ImportWizardViewModel.Step.SUMMARY, vm.stepProperty().get());
        assertEquals(1, committed, "the researchers screen is told to reload");
        assertEquals(2, count(false));
        assertEquals(1, count(true));
        assertTrue(vm.resultProperty().get().startsWith("导入完成。"));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aSheetLaidOutDifferentlyIsMappedBeforeThePreview() throws IOException {
        Path csv = Files.writeString(dir.resolve("hr.csv"), """
                Staff ID,Full name,Type,Remarks
                H1,周杰,基础研究,调入
                """, StandardCharsets.UTF_8);
        vm.addFiles(List.of(csv));
        assertEquals("需要对应列", vm.files().get(0).status());

        vm.next();

        assertEquals(ImportWizardViewModel.Step.MAPPING, vm.stepProperty().get());
        SheetMappingViewModel m = vm.mappings().get(0);
        assertFalse(vm.canNext().get());
        assertEquals("仍缺少：工号, 姓名, 评价类别", m.missingProperty().get());
        target(m, "Staff ID", "employeeNo");
        target(m, "Full name", "nameZh");
        target(m, "Type", "category");
        assertTrue(m.completeProperty().get());
        assertTrue(vm.canNext().get());

        vm.next();

        assertEquals(ImportWizardViewModel.Step.PREVIEW, vm.stepProperty().get());
        assertTrue(vm.issues().isEmpty(), () -> vm.issues().stream().map(ImportIssueRowViewModel::reason).toList()
                .toString());
        vm.commit();
        assertEquals(1, count(false));
    }

    private static void target(SheetMappingViewModel m, String header, String key) {
        MappedColumnViewModel column = m.columns().stream().filter(c -> c.header().equals(header)).findFirst()
                .orElseThrow();
        Choice choice = m.targetChoices().stream().filter(c -> c.value().equals(key)).findFirst().orElseThrow();
        column.targetProperty().set(choice);
    }

    @Test
    void errorsAreListedWithTheirPlaceAndBlockTheImport() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                工号,姓名,评价类别,出生日期
                E1,张伟,基础研究,1990-01-02
                E2,李娜,基础研究,一九九〇年
                """, StandardCharsets.UTF_8);
        vm.addFiles(List.of(csv));
        vm.next();

        assertEquals(ImportWizardViewModel.Step.PREVIEW, vm.stepProperty().get());
        ImportIssueRowViewModel issue = vm.issues().get(0);
        assertEquals("bad.csv", issue.file());
        assertEquals("第 3 行 出生日期", issue.location());
        assertEquals("错误", issue.severity());
        assertTrue(vm.blockedProperty().get());
        assertEquals("有 1 个错误须先在文件中改正；不会写入任何数据。改正后请重新添加文件。", vm.verdictProperty().get());
        assertFalse(vm.canCommit().get());

        vm.commit();
        assertEquals(0, count(false));
        vm.back();
        assertEquals(ImportWizardViewModel.Step.FILES, vm.stepProperty().get());
    }

    @Test
    void theActionPickedForAMatchIsWhatTheCommitDoes() throws IOException {
        db.inTransaction(r -> r.researchers().insertAll(List.of(researcher("E1", "张伟", "副研究员"),
                researcher("E2", "李娜", "研究员"))));
        vm.addFiles(List.of(researchers(dir.resolve("r.xlsx"), researcher("E1", "张伟", "研究员"),
                researcher("E2", "李娜", "首席研究员"))));
        vm.next();
        assertEquals(2, vm.matches().size());
        assertEquals("研究人员：新增 0，更新 2，合并 0，跳过 0\n科研成果：新增 0，更新 0，合并 0，跳过 0",
                vm.summaryProperty().get());

        ImportMatchRowViewModel second = vm.matches().get(1);
        assertEquals("工号 E2", second.basis());
        second.actionProperty().set(vm.actionChoices().get(0));
        assertEquals("跳过", second.actionProperty().get().label());
        assertTrue(vm.summaryProperty().get().startsWith("研究人员：新增 0，更新 1，合并 0，跳过 1"));
        vm.commit();

        List<String> titles = db.read(r -> r.researchers().findAll()).stream().map(Researcher::title).toList();
        assertEquals(List.of("研究员", "研究员"), titles);
    }

    @Test
    void aFailedCommitIsShownAndTheWizardReturnsToThePreview() throws IOException {
        vm.addFiles(List.of(researchers(dir.resolve("r.xlsx"), researcher("E1", "张伟", ""))));
        vm.next();
        db.inTransaction(r -> r.researchers().insertAll(List.of(researcher("E1", "张伟", ""))));

        vm.commit();

        assertEquals(ImportWizardViewModel.Step.PREVIEW, vm.stepProperty().get());
        assertEquals(List.of("预览之后数据库已有变化（有人新增或修改了相同的记录）。未导入任何数据，请重新预览。"), dialogs.errors);
        assertEquals(0, committed);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void exportWritesTheChosenRecordsWhereTheUserSays() throws IOException {
        db.inTransaction(r -> r.researchers().insertAll(List.of(researcher("E1", "张伟", ""))));
        dialogs.choice = 0;
        dialogs.saveAs = dir.resolve("导出.csv");
        ExportViewModel export = new ExportViewModel(Messages.of(Language.ZH), new ExportService(db),
                TaskRunner.direct(), dialogs);

        export.export();

        assertEquals(List.of("已将 1 行写入 " + dir.resolve("导出.csv").toAbsolutePath() + "。"), dialogs.informations);
        assertTrue(Files.readString(dialogs.saveAs).startsWith("\uFEFF工号,姓名,"));
    }
}
