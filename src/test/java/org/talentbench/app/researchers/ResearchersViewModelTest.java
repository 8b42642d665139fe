package org.talentbench.app.researchers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ResearcherSummary;

class ResearchersViewModelTest {

    private static ResearcherSummary row(long id, String no, String zh, String latin, String dept,
                                         ResearchCategory category) {
        return new ResearcherSummary(new ResearcherId(id), no, zh, latin, Gender.MALE, LocalDate.of(1985, 1, 1), dept,
                dept + "所", dept + " institute", "副研究员", "物理学", category, EmploymentStatus.ACTIVE, "", 3);
    }

    private static ResearchersViewModel viewModel() {
        ResearchersViewModel vm = new ResearchersViewModel(Messages.of(Language.EN), TaskRunner.direct(),
                new org.talentbench.app.profile.FakeDialogs());
        vm.show(List.of(row(1, "JS2001001", "王晓明", "Wang Xiaoming", "AI", ResearchCategory.BASIC),
                row(2, "JS2002001", "李华", "Li Hua", "IC", ResearchCategory.APPLIED),
                row(3, "JS2003001", "王芳", "Wang Fang", "AI", ResearchCategory.APPLIED)));
        return vm;
    }

    @Test
    void searchMatchesPinyinWithOrWithoutSpacesNamesAndEmployeeNumbers() {
        ResearchersViewModel vm = viewModel();
        vm.searchProperty().set("wangxiao");
        assertEquals(List.of("JS2001001"), vm.visibleRows().stream().map(ResearcherRowViewModel::employeeNo).toList());
        vm.searchProperty().set("Wang ");
        assertEquals(2, vm.visibleRows().size());
        vm.searchProperty().set("李");
        assertEquals(List.of("JS2002001"), vm.visibleRows().stream().map(ResearcherRowViewModel::employeeNo).toList());
        vm.searchProperty().set("js2003");
        assertEquals("Showing 1 of 3 researchers", vm.countsProperty().get());
    }

    @Test
    void rowsAreGroupedByDepartmentOrCategoryWithCounts() {
        ResearchersViewModel vm = viewModel();
        assertEquals(List.of(), vm.groups(vm.visibleRows()));
        vm.groupingProperty().set(vm.groupingChoices().get(ResearchersViewModel.Grouping.DEPARTMENT.ordinal()));
        List<ResearchersViewModel.Group> byDept = vm.groups(vm.visibleRows());
        assertEquals(List.of("AI institute (2)", "IC institute (1)"), byDept.stream()
                .map(ResearchersViewModel.Group::label).toList());
        vm.groupingProperty().set(vm.groupingChoices().get(ResearchersViewModel.Grouping.CATEGORY.ordinal()));
        assertEquals(List.of("Basic research (1)", "Applied research & technology development (2)"),
                vm.groups(vm.visibleRows()).stream().map(ResearchersViewModel.Group::label).toList());
    }

    @Test
    void theTableReportsWhatItsColumnFiltersLeaveAndOpeningAsksTheOpener() {
        ResearchersViewModel vm = viewModel();
        vm.reportShown(2);
        assertEquals("Showing 2 of 3 researchers", vm.countsProperty().get());
        List<ResearchersViewModel.OpenRequest> asked = new ArrayList<>();
        vm.setOpener(asked::add);
        vm.open(vm.visibleRows().get(1));
        vm.openInNewWindow(vm.visibleRows().get(0));
        vm.newResearcher();
        assertEquals(List.of(new ResearchersViewModel.OpenRequest(new ResearcherId(2), false),
                new ResearchersViewModel.OpenRequest(new ResearcherId(1), true),
                new ResearchersViewModel.OpenRequest(null, true)), asked);
    }

    @Test
    void anEmptyTableSaysWhetherTheFiltersHideEveryRowOrThereIsNobody() {
        ResearchersViewModel vm = viewModel();
        vm.searchProperty().set("no such person");
        assertEquals(0, vm.visibleRows().size());
        assertEquals("None of the 3 researchers matches the search and filters. Clear the search box, choose"
                + " \"All departments\" and \"All categories\", or clear the column filters (right-click a column"
                + " header).", vm.emptyTextProperty().get());
        vm.clear();
        assertEquals("No researchers. Open a database or create the demo institute from the File menu.",
                vm.emptyTextProperty().get(), "no database open");
        try (org.talentbench.service.Workspace ws = new org.talentbench.service.Workspace(
                org.talentbench.store.Database.open(org.talentbench.store.DatabaseLocation.memory(
                        "researchers-vm-" + System.nanoTime())))) {
            vm.load(ws.researchers());
        }
        assertEquals("No researchers yet. Choose \"New researcher\" above, or bring in a roster with File \u2192 Import\u2026.",
                vm.emptyTextProperty().get(), "a database without researchers");
    }
}
