package org.talentbench.app.researchers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ResearcherSummary;

class ResearchersViewModelTest {
    private static ResearcherSummary row(long id, String no, String zh, String latin, String dept, ResearchCategory c) {
        return new ResearcherSummary(new ResearcherId(id), no, zh, latin, Gender.FEMALE, LocalDate.of(1990, 1, 1),
                dept, dept + "所", dept + " Institute", "副研究员", "物理学", c, EmploymentStatus.ACTIVE, "", 3);
    }

    private final ResearchersViewModel vm = new ResearchersViewModel(Messages.of(Language.ZH), TaskRunner.direct(),
            new FakeDialogService());

    {
        vm.show(List.of(
                row(1, "JS2001001", "王晓明", "Wang Xiaoming", "AI", ResearchCategory.BASIC),
                row(2, "JS2001002", "李华", "Li Hua", "IC", ResearchCategory.APPLIED),
                row(3, "JS2010003", "王芳", "Wang Fang", "AI", ResearchCategory.APPLIED)));
    }

    @Test
    void searchMatchesChineseNamePinyinWithOrWithoutSpacesAndEmployeeNumber() {
        vm.searchProperty().set("王");
        assertEquals(2, vm.visibleRows().size());
        vm.searchProperty().set("wangxiaoming");
        assertEquals(List.of("王晓明"), vm.visibleRows().stream().map(ResearcherRowViewModel::nameZh).toList());
        vm.searchProperty().set("Wang Fang");
        assertEquals(List.of("王芳"), vm.visibleRows().stream().map(ResearcherRowViewModel::nameZh).toList());
        vm.searchProperty().set("JS2001");
        assertEquals(2, vm.visibleRows().size());
        vm.searchProperty().set("");
        assertEquals(3, vm.visibleRows().size());
    }

    @Test
    void departmentAndCategoryFiltersCombineWithSearch() {
        vm.departmentProperty().set(vm.departmentChoices().stream().filter(c -> "AI".equals(c.value())).findFirst()
                .orElseThrow());
        assertEquals(2, vm.visibleRows().size());
        vm.categoryProperty().set(vm.categoryChoices().stream().filter(c -> "APPLIED".equals(c.value())).findFirst()
                .orElseThrow());
        assertEquals(List.of("王芳"), vm.visibleRows().stream().map(ResearcherRowViewModel::nameZh).toList());
        assertEquals("显示 1 人，共 3 人", vm.countsProperty().get());
    }

    @Test
    void departmentChoicesComeFromTheDataWithAnAllEntryFirst() {
        assertEquals(3, vm.departmentChoices().size());
        assertEquals("全部部门", vm.departmentChoices().get(0).label());
        assertEquals("AI所", vm.departmentChoices().get(1).label());
        assertEquals("基础研究", vm.visibleRows().get(0).category());
    }
}
