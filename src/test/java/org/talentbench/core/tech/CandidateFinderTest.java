package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.tech.TechFixtures.AS_OF;
import static org.talentbench.core.tech.TechFixtures.output;
import static org.talentbench.core.tech.TechFixtures.person;
import static org.talentbench.core.tech.TechFixtures.share;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Reference values worked out by hand from the rules in {@link CandidateFinder}'s documentation, on 30 June 2026
 * (evidence window after 30 June 2021, conflict window after 30 June 2023):
 * <ul>
 *   <li>o1 granted patent 碳化硅MOSFET栅氧可靠性 (2025, E1 60 / E2 40): suggested for power → relevance 0.6 (the three
 *       phrases also give 0.6, not more); patent weight 2 → E1 0.72, E2 0.48.</li>
 *   <li>o2 paper SiC MOSFET tagged power (2024, E3 100): relevance 1.0 × 1.0 × 1 → E3 1.0.</li>
 *   <li>o3 transfer 碳化硅功率模块 (2024, E2 100, E2's representative work, partner 苏州芯源半导体有限公司):
 *       0.6 × 1.0 × 3 × 1.5 → E2 2.7.</li>
 *   <li>Evidence E1 0.72, E2 3.18, E3 1.0; profile: E1 and E2 carry power, E3 not; standing: E1 50th percentile,
 *       E3 90th, E2 not ranked.</li>
 * </ul>
 */
class CandidateFinderTest {
    private static final List<Researcher> PEOPLE = List.of(
            person(1, "IC", "研究员", ResearchCategory.APPLIED, 1970, Set.of(), "power"),
            person(2, "IC", "助理研究员", ResearchCategory.APPLIED, 1992, Set.of(), "power"),
            person(3, "MAT", "副研究员", ResearchCategory.BASIC, 1980, Set.of(), "compound"));
    private static final List<Output> OUTPUTS = List.of(
            output(1, OutputKind.PATENT, "一种碳化硅MOSFET栅氧可靠性测试方法", LocalDate.of(2025, 5, 1),
                    TechFixtures.granted(), share(1, 1, 60), share(2, 2, 40)),
            output(2, OutputKind.JOURNAL_PAPER, "SiC MOSFET短路可靠性", LocalDate.of(2024, 1, 1), share(3, 1, 100)),
            output(3, OutputKind.TECH_TRANSFER, "碳化硅功率模块技术开发", LocalDate.of(2024, 3, 1),
                    Map.of(OutputAttribute.PARTNER, "苏州芯源半导体有限公司"), share(2, 1, 100)),
            output(4, OutputKind.JOURNAL_PAPER, "GaN HEMT 可靠性", LocalDate.of(2025, 1, 1), share(3, 1, 100)));
    private static final Standings STANDINGS = new Standings("2025年度考核", LocalDate.of(2025, 12, 31), false, Map.of(
            new ResearcherId(1), new Standing("APPLIED", 5, 9, 50.0, 61.0, ""),
            new ResearcherId(3), new Standing("BASIC", 1, 9, 90.0, 80.0, "")));

    private static TechInput input(TechnologyList list) {
        return new TechInput(list, AS_OF, PEOPLE, OUTPUTS,
                List.of(new RepresentativeWork(0, new ResearcherId(2), new OutputId(3), 1, "", "")), List.of(),
                Map.of(new OutputId(2), Set.of("power")), Map.of(), STANDINGS);
    }

    private static Challenge challenge(String issuer, Set<String> reviewers) {
        return new Challenge("碳化硅器件可靠性", "碳化硅 MOSFET 栅氧可靠性", Set.of("power"), issuer, reviewers);
    }

    private static Shortlist find(CandidateFilter filter) {
        return CandidateFinder.find(input(TechFixtures.smallList()), challenge("", Set.of()), filter,
                FinderOptions.defaults(), TalentMapOptions.defaults());
    }

    @Test
    void candidatesAreRankedByEvidenceProfileAndStandingWithTheDocumentedPoints() {
        Shortlist s = find(CandidateFilter.none());
        assertEquals(List.of("E2", "E1", "E3"), s.candidates().stream().map(Candidate::employeeNo).toList());
        Candidate e2 = s.candidates().get(0);
        assertEquals(60.0, e2.evidencePoints(), 1e-9);
        assertEquals(20.0, e2.tagPoints(), 1e-9);
        assertEquals(0.0, e2.standingPoints(), 1e-9);
        assertEquals(3.18, e2.evidenceRaw(), 1e-9);
        Candidate e1 = s.candidates().get(1);
        assertEquals(60 * 0.72 / 3.18 + 20 + 10, e1.score(), 1e-9);
        Candidate e3 = s.candidates().get(2);
        assertEquals(60 * 1.0 / 3.18 + 0 + 18, e3.score(), 1e-9);
        assertEquals(List.of(1, 2, 3), s.candidates().stream().map(Candidate::rank).toList());
        assertEquals(3, s.considered());
    }

    @Test
    void eachCandidateShowsTheOutputsBehindThePlaceStrongestFirst() {
        Candidate e2 = find(CandidateFilter.none()).candidates().get(0);
        assertEquals(List.of(3L, 1L), e2.evidence().stream().map(e -> e.id().value()).toList());
        EvidenceOutput transfer = e2.evidence().get(0);
        assertEquals(2.7, transfer.points(), 1e-9);
        assertTrue(transfer.representative());
        assertEquals(EvidenceOutput.Basis.SUGGESTED, transfer.basis());
        assertEquals(40.0, e2.evidence().get(1).sharePercent(), 1e-9);
        EvidenceOutput tagged = find(CandidateFilter.none()).candidates().get(2).evidence().get(0);
        assertEquals(EvidenceOutput.Basis.TAGGED, tagged.basis());
        assertEquals(List.of("power"), tagged.matched());
    }

    @Test
    void theTextGivesKeyPhrasesAndTechnologies() {
        Shortlist s = find(CandidateFilter.none());
        assertEquals(List.of("碳化硅器件可靠性", "碳化硅", "mosfet", "栅氧可靠性"), s.phrases());
        assertEquals(List.of("power"), s.technologies());
        assertEquals(List.of("power"), s.fromText().stream().map(TagSuggestion::code).toList());
    }

    @Test
    void filtersKeepYoungTalentACategoryOrADepartment() {
        assertEquals(List.of("E2"), codes(find(new CandidateFilter(Set.of(), true, "", false))));
        assertEquals(List.of("E3"), codes(find(new CandidateFilter(Set.of(ResearchCategory.BASIC), false, "", false))));
        assertEquals(List.of("E2", "E1"), codes(find(new CandidateFilter(Set.of(), false, "IC", false))));
    }

    @Test
    void conflictsWithThePanelAndTheIssuerAreFlaggedNotScored() {
        Shortlist s = CandidateFinder.find(input(TechFixtures.smallList()),
                challenge("芯源半导体", Set.of("E1")), CandidateFilter.none(), FinderOptions.defaults(),
                TalentMapOptions.defaults());
        Candidate e2 = s.candidates().get(0);
        assertEquals(List.of(Conflict.Kind.COAUTHOR, Conflict.Kind.SAME_DEPARTMENT, Conflict.Kind.ISSUER_RELATION),
                e2.conflicts().stream().map(Conflict::kind).toList());
        assertEquals(List.of("人1", "一种碳化硅MOSFET栅氧可靠性测试方法", "2025-05-01"), e2.conflicts().get(0).args());
        assertEquals(List.of(Conflict.Kind.IS_REVIEWER),
                s.candidates().get(1).conflicts().stream().map(Conflict::kind).toList());
        assertEquals(List.of(), s.candidates().get(2).conflicts());
        assertEquals(80.0, e2.score(), 1e-9);

        Shortlist clean = CandidateFinder.find(input(TechFixtures.smallList()), challenge("芯源半导体", Set.of("E1")),
                new CandidateFilter(Set.of(), false, "", true), FinderOptions.defaults(), TalentMapOptions.defaults());
        assertEquals(List.of("E3"), codes(clean));
    }

    @Test
    void aRetiredOrUnknownTechnologyOrAnEmptyChallengeIsRefused() {
        TechnologyList retired = TechFixtures.smallList().with(TechEvent.retire("power", LocalDate.of(2026, 1, 1), ""));
        assertEquals("tech.notActive", assertThrows(InvalidInputException.class, () -> CandidateFinder.find(
                input(retired), challenge("", Set.of()), CandidateFilter.none(), FinderOptions.defaults(),
                TalentMapOptions.defaults())).code());
        assertEquals("tech.unknown", assertThrows(InvalidInputException.class, () -> CandidateFinder.find(
                input(TechFixtures.smallList()), new Challenge("", "", Set.of("nope"), "", Set.of()),
                CandidateFilter.none(), FinderOptions.defaults(), TalentMapOptions.defaults())).code());
        assertEquals("tech.challenge.empty", assertThrows(InvalidInputException.class, () -> CandidateFinder.find(
                input(TechFixtures.smallList()), new Challenge(" ", "", Set.of(), "", Set.of()),
                CandidateFilter.none(), FinderOptions.defaults(), TalentMapOptions.defaults())).code());
        assertEquals("tech.reviewer.unknown", assertThrows(InvalidInputException.class, () -> CandidateFinder.find(
                input(TechFixtures.smallList()), challenge("", Set.of("E99")), CandidateFilter.none(),
                FinderOptions.defaults(), TalentMapOptions.defaults())).code());
    }

    @Test
    void aMergedTechnologyInTheChallengeStandsForItsTarget() {
        TechnologyList merged = TechFixtures.smallList()
                .with(TechEvent.merge("compound", LocalDate.of(2026, 1, 1), "power", ""));
        Shortlist s = CandidateFinder.find(input(merged), new Challenge("", "", Set.of("compound"), "", Set.of()),
                CandidateFilter.none(), FinderOptions.defaults(), TalentMapOptions.defaults());
        assertEquals(List.of("power"), s.technologies());
        // E3's compound profile tag now counts for power
        assertTrue(s.candidates().stream().filter(c -> c.employeeNo().equals("E3")).findFirst().orElseThrow()
                .tagPoints() > 0);
    }

    private static List<String> codes(Shortlist s) {
        return s.candidates().stream().map(Candidate::employeeNo).toList();
    }
}
