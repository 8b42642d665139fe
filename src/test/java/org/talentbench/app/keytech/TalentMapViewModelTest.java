package org.talentbench.app.keytech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

class TalentMapViewModelTest {
    @TempDir
    Path dir;
    private KeyTechInstitute institute;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final TalentMapViewModel vm = new TalentMapViewModel(Messages.of(Language.ZH), TaskRunner.direct(),
            dialogs);

    @BeforeEach
    void setUp() {
        institute = new KeyTechInstitute();
        vm.setServices(institute.service, institute.exports);
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        institute.close();
    }

    private TalentMapViewModel.MapRow row(String code) {
        return vm.visibleRows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyTechnologyHasARowAndGapsAreFlagged() {
        assertEquals(41, vm.visibleRows().size());
        TalentMapViewModel.MapRow power = row("power-semiconductors");
        assertEquals(1, power.people());
        assertEquals("2（0）", power.outputs());
        assertEquals("缺少领军人才、力量集中于一人", power.gaps());
        assertTrue(row("lithography").gaps().startsWith("无人承担"));
        assertTrue(vm.summaryProperty().get().startsWith("基准日 2026-06-30：41 项技术在列，41 项存在短板"),
                vm.summaryProperty().get());
    }

    @Test
    void filtersKeepGapsOrOneGroup() {
        vm.groupProperty().set(vm.groupChoices().stream().filter(c -> "quantum".equals(c.value())).findFirst()
                .orElseThrow());
        assertEquals(List.of("quantum-communication", "quantum-computing", "quantum-sensing", "quantum-photonics"),
                vm.visibleRows().stream().map(TalentMapViewModel.MapRow::code).toList());
        vm.groupProperty().set(vm.groupChoices().get(0));
        vm.onlyGapsProperty().set(true);
        assertTrue(vm.visibleRows().stream().allMatch(TalentMapViewModel.MapRow::flagged));
    }

    @Test
    void theSelectedTechnologyShowsItsPeopleAndLandmarks() {
        vm.selectedProperty().set(row("power-semiconductors"));
        assertEquals(List.of("李青"), vm.people().stream().map(TalentMapViewModel.PersonRow::name).toList());
        assertEquals("是", vm.people().get(0).young());
        assertEquals(List.of("一种碳化硅MOSFET栅氧可靠性测试方法"),
                vm.landmarks().stream().map(TalentMapViewModel.LandmarkRow::title).toList());
        assertEquals("王芯、李青", vm.landmarks().get(0).contributors());
        assertTrue(vm.detailsProperty().get().startsWith("功率半导体（power-semiconductors）：1 人"),
                vm.detailsProperty().get());
    }

    @Test
    void theHeatMapHasARowPerTechnologyAndAColumnPerDepartment() {
        HeatGrid g = vm.heatProperty().get();
        assertEquals(41, g.rows().size());
        assertEquals(List.of("集成电路研究所", "新材料研究所"), g.columns());
        int ic = g.rows().indexOf("集成电路设计");
        assertEquals(1, g.people(ic, 0));
        assertEquals(0, g.people(ic, 1));
        assertEquals(1, g.max());
    }

    @Test
    void exportingAskForAFileAndSaysWhereItWent() throws Exception {
        Path xlsx = dir.resolve("map.xlsx");
        dialogs.filesToSave.add(xlsx);
        vm.exportXlsx();
        assertTrue(Files.size(xlsx) > 1000);
        assertEquals(List.of("已写入 " + xlsx.toAbsolutePath()), dialogs.informations);
        vm.exportPdf();
        assertEquals(1, dialogs.informations.size(), "cancelling the file chooser writes nothing");
    }
}
