package org.talentbench.app.keytech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.tech.TechEventKind;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

class TechListViewModelTest {
    private KeyTechInstitute institute;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final TechListViewModel vm = new TechListViewModel(Messages.of(Language.ZH), TaskRunner.direct(),
            dialogs);

    @BeforeEach
    void setUp() {
        institute = new KeyTechInstitute();
        vm.setService(institute.service);
    }

    @AfterEach
    void tearDown() {
        institute.close();
    }

    private void select(String code) {
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow());
    }

    private void kind(TechEventKind k) {
        vm.kindProperty().set(vm.kinds().stream().filter(c -> c.value().equals(k.name())).findFirst().orElseThrow());
    }

    private List<String> codes() {
        return vm.rows().stream().map(TechListViewModel.TechRow::code).toList();
    }

    @Test
    void theDefaultListIsShownAsOfToday() {
        assertEquals(41, vm.rows().size());
        assertEquals("集成电路", vm.rows().get(0).group());
        assertEquals("基准日 2026-06-30，清单第 41 版，在列 41 项。", vm.summaryProperty().get());
        assertEquals(LocalDate.of(2026, 6, 30), vm.effectiveProperty().get());
    }

    @Test
    void aRetirementRecordedInTheFormLeavesTheTechnologyOnEarlierLists() {
        select("lithography");
        kind(TechEventKind.RETIRE);
        vm.effectiveProperty().set(LocalDate.of(2026, 1, 1));
        vm.noteProperty().set("并入半导体材料专项");
        assertTrue(vm.canApplyProperty().get());
        vm.apply();
        assertEquals(List.of("已记录：退出 lithography，生效日期 2026-01-01。"), dialogs.informations);
        assertFalse(codes().contains("lithography"));
        vm.asOfProperty().set(LocalDate.of(2025, 12, 31));
        assertTrue(codes().contains("lithography"));
        vm.asOfProperty().set(LocalDate.of(2026, 6, 30));
        vm.showAllProperty().set(true);
        TechListViewModel.TechRow retired = vm.rows().stream().filter(r -> r.code().equals("lithography"))
                .findFirst().orElseThrow();
        assertEquals("已退出", retired.status());
        select("lithography");
        assertEquals(List.of("列入", "退出"), vm.history().stream().map(TechListViewModel.HistoryRow::change).toList());
        assertEquals("并入半导体材料专项", vm.history().get(1).note());
        assertEquals("", vm.noteProperty().get(), "the form is cleared after recording");
    }

    @Test
    void aRefusedChangeShowsTheTranslatedReasonAndChangesNothing() {
        select("blockchain");
        kind(TechEventKind.MERGE);
        vm.targetProperty().set(vm.targets().stream().filter(c -> c.value().equals("blockchain")).findFirst()
                .orElseThrow());
        vm.apply();
        assertEquals(List.of("技术不能并入自身（blockchain）。"), dialogs.errors);
        assertEquals(41, vm.rows().size());
    }

    @Test
    void addingNeedsACodeAChineseNameAndAGroup() {
        kind(TechEventKind.ADD);
        vm.selectedProperty().set(null);
        vm.nameZhProperty().set("");
        assertFalse(vm.canApplyProperty().get());
        vm.codeProperty().set("chiplet-interconnect");
        vm.nameZhProperty().set("芯粒互连");
        vm.groupProperty().set(vm.groups().stream().filter(c -> c.value().equals("integrated-circuits"))
                .findFirst().orElseThrow());
        assertTrue(vm.canApplyProperty().get());
        vm.apply();
        assertTrue(codes().contains("chiplet-interconnect"));
        assertEquals("", vm.codeProperty().get());
    }

    @Test
    void selectingATechnologyShowsItsTermsWhichCanBeEdited() {
        select("quantum-communication");
        assertTrue(vm.termsProperty().get().startsWith("量子通信\n量子密钥分发"), vm.termsProperty().get());
        vm.termsProperty().set("量子通信\n\n  QKD  \n");
        vm.saveTerms();
        select("quantum-communication");
        assertEquals("量子通信\nQKD", vm.termsProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theChangeKindsAreTranslated() {
        assertEquals(List.of("列入", "更名", "调整领域", "合并", "退出"), vm.kinds().stream().map(Choice::label).toList());
    }
}
