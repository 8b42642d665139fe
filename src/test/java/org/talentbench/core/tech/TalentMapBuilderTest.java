package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.tech.TechFixtures.AS_OF;
import static org.talentbench.core.tech.TechFixtures.output;
import static org.talentbench.core.tech.TechFixtures.person;
import static org.talentbench.core.tech.TechFixtures.share;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A hand-made institute on 30 June 2026 (recent = after 30 June 2023):
 * <ul>
 *   <li>E1 研究员 born 1970, applied, IC, power; E2 助理研究员 born 1992 (young), applied, IC, power;
 *       E3 副研究员 born 1980, basic, MAT, power + compound.</li>
 *   <li>o1 granted patent on 碳化硅 (2025, E1 60 / E2 40) — suggested for power; o2 paper on SiC (2024, E3) —
 *       suggested for power, E3's representative work; o3 碳化硅 paper of 2020 — too old; o4 standard on GaN
 *       (2026, E3) — tagged compound by hand.</li>
 *   <li>Nobody works on quantum communication.</li>
 * </ul>
 */
class TalentMapBuilderTest {
    private static final List<Researcher> PEOPLE = List.of(
            person(1, "IC", "研究员", ResearchCategory.APPLIED, 1970, Set.of(), "power"),
            person(2, "IC", "助理研究员", ResearchCategory.APPLIED, 1992, Set.of(), "power"),
            person(3, "MAT", "副研究员", ResearchCategory.BASIC, 1980, Set.of(), "power", "compound"));
    private static final List<Output> OUTPUTS = List.of(
            output(1, OutputKind.PATENT, "一种碳化硅MOSFET及其控制方法", LocalDate.of(2025, 5, 1), TechFixtures.granted(),
                    share(1, 1, 60), share(2, 2, 40)),
            output(2, OutputKind.JOURNAL_PAPER, "SiC MOSFET short-circuit robustness", LocalDate.of(2024, 1, 1),
                    share(3, 1, 100)),
            output(3, OutputKind.JOURNAL_PAPER, "碳化硅器件综述", LocalDate.of(2020, 1, 1), share(1, 1, 100)),
            output(4, OutputKind.STANDARD, "化合物器件测试方法", LocalDate.of(2026, 1, 1), share(3, 1, 100)));
    private static final List<Department> DEPTS = List.of(new Department("IC", "集成电路研究所", "IC"),
            new Department("MAT", "新材料研究所", "Materials"));
    private static final Map<OutputId, Set<String>> TAGS = Map.of(new OutputId(4), Set.of("compound"));
    private static final List<RepresentativeWork> WORKS = List.of(
            new RepresentativeWork(0, new ResearcherId(3), new OutputId(2), 1, "", ""));

    private static TalentMap map(TechnologyList list, LocalDate asOf, Map<OutputId, Set<String>> rejected,
                                 TalentMapOptions options) {
        return TalentMapBuilder.build(new TechInput(list, asOf, PEOPLE, OUTPUTS, WORKS, DEPTS, TAGS, rejected,
                Standings.none()), options);
    }

    private static TalentMap map() {
        return map(TechFixtures.smallList(), AS_OF, Map.of(), TalentMapOptions.defaults());
    }

    @Test
    void peopleAreListedByCategoryLeadersFirstWithYoungTalentMarked() {
        TechnologyEntry power = map().entry("power").orElseThrow();
        // basic research before applied (category order), then leading researchers first
        assertEquals(List.of("E3", "E1", "E2"), power.people().stream().map(PersonEntry::employeeNo).toList());
        assertEquals(List.of(false, true, false), power.people().stream().map(PersonEntry::leader).toList());
        assertEquals(List.of(false, false, true), power.people().stream().map(PersonEntry::young).toList());
        assertEquals(Set.of(), power.gaps());
    }

    @Test
    void suggestedAndTaggedOutputsOfTheLastThreeYearsCountAndTheOldOneDoesNot() {
        TalentMap m = map();
        TechnologyEntry power = m.entry("power").orElseThrow();
        assertEquals(2, power.recentOutputs());
        assertEquals(0, power.recentConfirmed());
        TechnologyEntry compound = m.entry("compound").orElseThrow();
        assertEquals(1, compound.recentOutputs());
        assertEquals(1, compound.recentConfirmed());
        // credit: E1 0.6 and E2 0.4 from o1, E3 1.0 from o2 — E3 holds half
        assertEquals("人3", power.topContributor());
        assertEquals(0.5, power.topShare(), 1e-12);
    }

    @Test
    void landmarksAreGrantedPatentsStandardsTransfersAndRepresentativeWorksNewestFirst() {
        TechnologyEntry power = map().entry("power").orElseThrow();
        assertEquals(List.of(1L, 2L), power.landmarks().stream().map(l -> l.id().value()).toList());
        assertEquals(List.of(false, true), power.landmarks().stream().map(LandmarkOutput::representative).toList());
        assertEquals(List.of("人1", "人2"), power.landmarks().get(0).contributors());
        assertTrue(map().entry("compound").orElseThrow().landmarks().get(0).confirmed());
    }

    @Test
    void oneTaggedPersonWithoutRankOrYouthIsFlagged() {
        TechnologyEntry compound = map().entry("compound").orElseThrow();
        assertEquals(EnumSet.of(GapFlag.NO_LEADER, GapFlag.NO_YOUNG, GapFlag.SINGLE_PERSON), compound.gaps());
    }

    @Test
    void aTechnologyNobodyWorksOnHasEveryPeopleGapAndNoOutput() {
        TechnologyEntry q = map().entry("qcomm").orElseThrow();
        assertEquals(EnumSet.of(GapFlag.NO_PEOPLE, GapFlag.NO_LEADER, GapFlag.NO_YOUNG, GapFlag.NO_RECENT_OUTPUT),
                q.gaps());
    }

    @Test
    void mostCreditInOnePersonIsASinglePersonGap() {
        List<Researcher> people = List.of(
                person(4, "Q", "研究员", ResearchCategory.BASIC, 1975, Set.of(), "qcomm"),
                person(5, "Q", "助理研究员", ResearchCategory.BASIC, 1995, Set.of(), "qcomm"));
        List<Output> outputs = List.of(output(5, OutputKind.JOURNAL_PAPER, "量子密钥分发系统的安全性分析",
                LocalDate.of(2025, 1, 1), share(5, 1, 90), share(4, 2, 10)));
        TalentMap m = TalentMapBuilder.build(new TechInput(TechFixtures.smallList(), AS_OF, people, outputs,
                List.of(), List.of(), Map.of(), Map.of(), Standings.none()), TalentMapOptions.defaults());
        TechnologyEntry q = m.entry("qcomm").orElseThrow();
        assertEquals(0.9, q.topShare(), 1e-12);
        assertEquals(EnumSet.of(GapFlag.SINGLE_PERSON), q.gaps());
    }

    @Test
    void aRejectedSuggestionNoLongerCounts() {
        TalentMap m = map(TechFixtures.smallList(), AS_OF, Map.of(new OutputId(1), Set.of("power")),
                TalentMapOptions.defaults());
        TechnologyEntry power = m.entry("power").orElseThrow();
        assertEquals(1, power.recentOutputs());
        assertEquals(List.of(2L), power.landmarks().stream().map(l -> l.id().value()).toList());
    }

    @Test
    void withoutSuggestionsOnlyTaggedOutputsCount() {
        TalentMap m = map(TechFixtures.smallList(), AS_OF, Map.of(), TalentMapOptions.defaults()
                .withIncludeSuggested(false));
        assertTrue(m.entry("power").orElseThrow().has(GapFlag.NO_RECENT_OUTPUT));
        assertEquals(1, m.entry("compound").orElseThrow().recentOutputs());
    }

    @Test
    void afterAMergeTheTargetCarriesThePeopleAndTagsOfBothAndTheOldMapStillShowsTwo() {
        TechnologyList merged = TechFixtures.smallList()
                .with(TechEvent.merge("compound", LocalDate.of(2026, 1, 1), "power", "one programme"));
        TalentMap now = map(merged, AS_OF, Map.of(), TalentMapOptions.defaults());
        assertEquals(List.of("power", "qcomm"), now.entries().stream().map(TechnologyEntry::code).toList());
        TechnologyEntry power = now.entry("power").orElseThrow();
        assertEquals(3, power.people().size(), "E3 is counted once");
        assertEquals(3, power.recentOutputs());
        assertEquals(1, power.recentConfirmed(), "the GaN standard tagged compound now counts for power");
        TalentMap before = map(merged, LocalDate.of(2025, 12, 31), Map.of(), TalentMapOptions.defaults());
        assertEquals(List.of("power", "compound", "qcomm"),
                before.entries().stream().map(TechnologyEntry::code).toList());
    }

    @Test
    void theHeatMapCountsPeopleAndYoungTalentPerDepartment() {
        HeatMap heat = map().heatMap();
        assertEquals(List.of("IC", "MAT"), heat.departmentCodes());
        assertEquals(List.of("power", "compound", "qcomm"), heat.technologyCodes());
        assertEquals(new HeatMap.Cell(2, 1, 1.0), heat.cell(0, 0));
        assertEquals(new HeatMap.Cell(1, 0, 1.0), heat.cell(0, 1));
        assertEquals(new HeatMap.Cell(0, 0, 0.0), heat.cell(1, 0));
        assertEquals(2, heat.maxPeople());
    }
}
