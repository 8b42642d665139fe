package org.talentbench.app.keytech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

class CandidateFinderViewModelTest {
    private KeyTechInstitute institute;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final CandidateFinderViewModel vm = new CandidateFinderViewModel(Messages.of(Language.ZH),
            TaskRunner.direct(), dialogs);

    @BeforeEach
    void setUp() {
        institute = new KeyTechInstitute();
        vm.setServices(institute.service, institute.exports);
        vm.setList(institute.service.list(), KeyTechInstitute.TODAY);
    }

    @AfterEach
    void tearDown() {
        institute.close();
    }

    @Test
    void findingNeedsADescriptionOrATechnology() {
        assertFalse(vm.canFindProperty().get());
        vm.selectedTechnologies().add("power-semiconductors");
        assertTrue(vm.canFindProperty().get());
        vm.selectedTechnologies().clear();
        vm.textProperty().set("碳化硅");
        assertTrue(vm.canFindProperty().get());
        assertEquals(41, vm.technologyChoices().size());
    }

    @Test
    void candidatesAreRankedWithTheirEvidence() {
        vm.titleProperty().set("车规级碳化硅器件");
        vm.selectedTechnologies().add("power-semiconductors");
        vm.find();
        List<String> names = vm.rows().stream().map(CandidateFinderViewModel.CandidateRow::name).toList();
        assertEquals(List.of("李青", "王芯"), names);
        assertEquals(1, vm.rows().get(0).rank());
        assertEquals("功率半导体", vm.rows().get(0).technologies());
        assertEquals(vm.rows().get(0), vm.selectedProperty().get());
        assertEquals(List.of("SiC MOSFET短路可靠性", "一种碳化硅MOSFET栅氧可靠性测试方法"),
                vm.evidence().stream().map(CandidateFinderViewModel.EvidenceRow::title).toList());
        assertTrue(vm.evidence().get(0).basis().startsWith("建议归入：功率半导体"), vm.evidence().get(0).basis());
        assertTrue(vm.infoProperty().get().startsWith("技术：功率半导体"), vm.infoProperty().get());
        assertTrue(vm.canExportProperty().get());
    }

    @Test
    void filtersAndPanelConflictsReachTheList() {
        vm.selectedTechnologies().add("power-semiconductors");
        vm.reviewersProperty().set("E1");
        vm.find();
        CandidateFinderViewModel.CandidateRow li = vm.rows().get(0);
        assertTrue(li.conflicted());
        assertTrue(li.conflicts().contains("与评审组成员王芯有合作成果"), li.conflicts());
        vm.youngOnlyProperty().set(true);
        vm.find();
        assertEquals(List.of("李青"), vm.rows().stream().map(CandidateFinderViewModel.CandidateRow::name).toList());
    }

    @Test
    void anUnknownPanelMemberIsReportedAsAnError() {
        vm.selectedTechnologies().add("power-semiconductors");
        vm.reviewersProperty().set("E99");
        vm.find();
        assertEquals(List.of("评审组成员工号 E99 不存在。"), dialogs.errors);
    }
}
