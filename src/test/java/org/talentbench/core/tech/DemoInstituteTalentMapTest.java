package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.demo.DemoInstitute;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSpec;

/**
 * The talent map of the standard demo institute (240 researchers, seed 20260630, 30 June 2026) on the default list.
 * The people-based gap flags are checked against a direct reading of the profiles, so the test does not trust the
 * builder's own walk.
 */
class DemoInstituteTalentMapTest {
    private static DemoInstitute demo;
    private static TalentMap map;

    @BeforeAll
    static void build() {
        demo = DemoInstituteGenerator.generateInMemory(DemoSpec.standard());
        map = TalentMapBuilder.build(new TechInput(DefaultTechnologies.list(), DemoSpec.STANDARD_REFERENCE_DATE,
                demo.researchers(), demo.outputs(), demo.representativeWorks(), demo.departments(), Map.of(),
                Map.of(), Standings.none()), TalentMapOptions.defaults());
    }

    private static List<Researcher> tagged(String code) {
        LocalDate date = DemoSpec.STANDARD_REFERENCE_DATE;
        return demo.researchers().stream()
                .filter(r -> r.status() == EmploymentStatus.ACTIVE)
                .filter(r -> r.hireDate() == null || !r.hireDate().isAfter(date))
                .filter(r -> r.techTags().contains(code))
                .toList();
    }

    @Test
    void peopleGapsAgreeWithTheProfiles() {
        CycleRules rules = CycleRules.defaults();
        Set<String> leaderTitles = Set.of("研究员", "正高级工程师", "教授");
        for (TechnologyEntry e : map.entries()) {
            List<Researcher> people = tagged(e.code());
            assertEquals(people.size(), e.people().size(), e.code());
            assertEquals(people.isEmpty(), e.has(GapFlag.NO_PEOPLE), e.code());
            boolean leader = people.stream().anyMatch(r -> leaderTitles.contains(r.title())
                    || r.talentTags().contains("leading-talent") || r.talentTags().contains("nsfc-distinguished-young"));
            assertEquals(!leader, e.has(GapFlag.NO_LEADER), e.code());
            boolean young = people.stream().anyMatch(r -> rules.youngTalent().isYoung(r, 2026, rules.breaks()));
            assertEquals(!young, e.has(GapFlag.NO_YOUNG), e.code());
            if (people.size() == 1) {
                assertTrue(e.has(GapFlag.SINGLE_PERSON), e.code());
            }
        }
    }

    @Test
    void theTechnologiesTheDemoDoesNotWorkOnAreFlaggedAsGaps() {
        for (String code : List.of("lithography", "industrial-software", "privacy-computing")) {
            TechnologyEntry e = map.entry(code).orElseThrow();
            assertTrue(e.gaps().containsAll(EnumSet.of(GapFlag.NO_PEOPLE, GapFlag.NO_LEADER, GapFlag.NO_YOUNG)),
                    code + " " + e.gaps());
        }
    }

    @Test
    void everyTechnologyThatPeopleWorkOnHasRecentOutputsThroughSuggestions() {
        for (TechnologyEntry e : map.entries()) {
            if (!e.people().isEmpty()) {
                assertTrue(e.recentOutputs() > 0, e.code() + " has people but no recent output");
            }
        }
    }
}
