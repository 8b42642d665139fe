package org.talentbench.app.keytech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.tech.OutputTag;
import org.talentbench.core.tech.TagSource;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

class TagSuggestionsViewModelTest {
    private KeyTechInstitute institute;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final TagSuggestionsViewModel vm = new TagSuggestionsViewModel(Messages.of(Language.ZH),
            TaskRunner.direct(), dialogs);

    @BeforeEach
    void setUp() {
        institute = new KeyTechInstitute();
        vm.setService(institute.service);
        vm.setList(institute.service.list(), KeyTechInstitute.TODAY);
        vm.technologyProperty().set(vm.technologies().stream().filter(c -> "power-semiconductors".equals(c.value()))
                .findFirst().orElseThrow());
        vm.load();
    }

    @AfterEach
    void tearDown() {
        institute.close();
    }

    @Test
    void pendingSuggestionsShowTheOutputTheTechnologyAndTheMatchedTerms() {
        assertEquals(2, vm.rows().size());
        TagSuggestionsViewModel.SuggestionRow first = vm.rows().get(0);
        assertEquals("功率半导体", first.technology());
        assertTrue(List.of("碳化硅", "SiC").contains(first.evidence()), first.evidence());
        assertEquals("共 2 条待处理建议", vm.summaryProperty().get());
    }

    @Test
    void anAcceptedSuggestionBecomesATagAndLeavesTheList() {
        TagSuggestionsViewModel.SuggestionRow first = vm.rows().get(0);
        vm.accept(List.of(first));
        assertEquals(1, vm.rows().size());
        assertEquals(List.of(new OutputTag(first.suggestion().output().id(), "power-semiconductors",
                TagSource.SUGGESTION)), institute.service.outputTags(first.suggestion().output().id()));
    }

    @Test
    void rejectedSuggestionsDoNotComeBack() {
        vm.reject(List.copyOf(vm.rows()));
        assertEquals(0, vm.rows().size());
        vm.load();
        assertEquals(0, vm.rows().size());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void profileSuggestionsNameThePersonAndTheSupportingOutputs() {
        vm.modeProperty().set(vm.modes().get(1));
        vm.technologyProperty().set(vm.technologies().stream().filter(c -> "ic-design".equals(c.value()))
                .findFirst().orElseThrow());
        vm.load();
        // nobody has two outputs suggesting IC design besides 王芯, who already carries it
        assertEquals(0, vm.rows().size());
    }
}
