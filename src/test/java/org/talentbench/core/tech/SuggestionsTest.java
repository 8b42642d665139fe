package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentbench.core.tech.TechFixtures.AS_OF;
import static org.talentbench.core.tech.TechFixtures.output;
import static org.talentbench.core.tech.TechFixtures.person;
import static org.talentbench.core.tech.TechFixtures.share;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

class SuggestionsTest {
    private static final TechnologyList.View VIEW = TechFixtures.smallList().asOf(AS_OF);
    private static final TagSuggester SUGGESTER = new TagSuggester(VIEW.active());
    private static final List<Output> OUTPUTS = List.of(
            output(1, OutputKind.JOURNAL_PAPER, "GaN HEMT 热管理", LocalDate.of(2025, 1, 1), share(7, 1, 100)),
            output(2, OutputKind.JOURNAL_PAPER, "氮化镓功率放大器", LocalDate.of(2024, 1, 1), share(7, 1, 100)),
            output(3, OutputKind.JOURNAL_PAPER, "量子密钥分发网络", LocalDate.of(2024, 1, 1), share(7, 1, 100)),
            output(4, OutputKind.JOURNAL_PAPER, "碳化硅MOSFET", LocalDate.of(2024, 1, 1), share(7, 1, 100)));
    private static final Researcher PERSON = person(7, "IC", "副研究员", ResearchCategory.APPLIED, 1985, Set.of(),
            "power");

    private static List<String> pending(Map<OutputId, Set<String>> tags, Map<OutputId, Set<String>> rejected) {
        return Suggestions.forOutputs(VIEW, OUTPUTS, tags, rejected, SUGGESTER, null).stream()
                .map(p -> p.output().id().value() + ":" + p.code()).toList();
    }

    @Test
    void anAcceptedSuggestionBecomesATagAndIsNoLongerPending() {
        assertEquals(List.of("1:compound", "2:compound", "3:qcomm", "4:power"), pending(Map.of(), Map.of()));
        assertEquals(List.of("2:compound", "3:qcomm", "4:power"),
                pending(Map.of(new OutputId(1), Set.of("compound")), Map.of()));
    }

    @Test
    void aRejectedSuggestionDoesNotComeBack() {
        assertEquals(List.of("1:compound", "2:compound", "4:power"),
                pending(Map.of(), Map.of(new OutputId(3), Set.of("qcomm"))));
    }

    @Test
    void aProfileSuggestionNeedsTwoSupportingOutputsAndANewTechnology() {
        List<PendingSuggestion> s = Suggestions.forResearchers(VIEW, List.of(PERSON), OUTPUTS, Map.of(), Map.of(),
                Map.of(), SUGGESTER, Suggestions.MIN_OUTPUTS, null);
        // compound: outputs 1 and 2; qcomm only one output; power already on the profile
        assertEquals(List.of("compound"), s.stream().map(PendingSuggestion::code).toList());
        assertEquals(2, s.get(0).outputs());
        assertEquals(List.of("GaN HEMT 热管理", "氮化镓功率放大器"), s.get(0).supporting());
        assertEquals(List.of(), Suggestions.forResearchers(VIEW, List.of(PERSON), OUTPUTS, Map.of(), Map.of(),
                Map.of(new ResearcherId(7), Set.of("compound")), SUGGESTER, Suggestions.MIN_OUTPUTS, null));
    }
}
