package org.talentbench.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentbench.core.Fixtures.d;
import static org.talentbench.core.Fixtures.share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

class RepresentativeWorkRulesTest {
    private static final ResearcherId R = new ResearcherId(7);
    private final Map<OutputId, Output> outputs = new HashMap<>();

    private OutputId paper(long id, OutputKind kind, boolean domestic, long creditedTo) {
        Output o = new Output(new OutputId(id), kind, "paper " + id, d("2022-03-01"), "J", "", "", domestic, null,
                null, null, null, Map.of(), List.of(share(creditedTo, 50)), 1);
        outputs.put(o.id(), o);
        return o.id();
    }

    private static RepresentativeWork work(OutputId id, int ordinal) {
        return new RepresentativeWork(1, R, id, ordinal, "I designed the experiments.", "Core of this evaluation.");
    }

    private static Set<String> codes(List<RepresentativeWorkFinding> findings) {
        return findings.stream().map(RepresentativeWorkFinding::code).collect(java.util.stream.Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} domestic of {1} papers: finding={2}")
    @CsvSource({
            "1, 3, false", // 1/3 exactly meets "at least 1/3"
            "0, 3, true",
            "1, 4, true",  // 1/4 < 1/3: 2 of 4 needed
            "2, 4, false",
            "2, 5, false", // ceil(5/3) = 2
            "1, 5, true",
    })
    void basicResearchNeedsAThirdOfRepresentativePapersInDomesticJournals(int domestic, int papers,
                                                                           boolean finding) {
        List<RepresentativeWork> works = new ArrayList<>();
        for (int i = 0; i < papers; i++) {
            works.add(work(paper(100 + i, OutputKind.JOURNAL_PAPER, i < domestic, 7), i + 1));
        }
        List<RepresentativeWorkFinding> found = RepresentativeWorkRules.check(works, outputs, ResearchCategory.BASIC,
                RepresentativeWorkPolicy.defaults());
        assertEquals(finding, codes(found).contains("flag.repWork.domesticShareLow"));
        if (finding) {
            assertEquals(CheckSeverity.WARNING, found.get(0).severity());
        }
    }

    @Test
    void domesticShareCanBeBlockingAndAppliesOnlyToItsCategories() {
        List<RepresentativeWork> works = List.of(work(paper(1, OutputKind.JOURNAL_PAPER, false, 7), 1));
        RepresentativeWorkPolicy blocking = new RepresentativeWorkPolicy(5, 1.0 / 3, Set.of(ResearchCategory.BASIC),
                CheckSeverity.BLOCKING, true, CheckSeverity.WARNING);
        assertEquals(CheckSeverity.BLOCKING, RepresentativeWorkRules.check(works, outputs, ResearchCategory.BASIC,
                blocking).get(0).severity());
        assertEquals(List.of(), RepresentativeWorkRules.check(works, outputs, ResearchCategory.APPLIED, blocking));
    }

    @Test
    void conferencePapersCountAsRepresentativePapersButNotAsDomesticJournals() {
        List<RepresentativeWork> works = List.of(work(paper(1, OutputKind.CONFERENCE_PAPER, true, 7), 1),
                work(paper(2, OutputKind.CONFERENCE_PAPER, true, 7), 2),
                work(paper(3, OutputKind.PATENT, false, 7), 3));
        List<RepresentativeWorkFinding> found = RepresentativeWorkRules.check(works, outputs, ResearchCategory.BASIC,
                RepresentativeWorkPolicy.defaults());
        assertEquals(List.of("0", "2", "1"), found.get(0).args());
    }

    @Test
    void moreWorksThanAllowedAreBlocking() {
        List<RepresentativeWork> works = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            works.add(work(paper(i, OutputKind.JOURNAL_PAPER, true, 7), i + 1));
        }
        RepresentativeWorkFinding f = RepresentativeWorkRules.check(works, outputs, ResearchCategory.BASIC,
                RepresentativeWorkPolicy.defaults()).get(0);
        assertEquals("flag.repWork.tooMany", f.code());
        assertEquals(CheckSeverity.BLOCKING, f.severity());
        assertEquals(List.of("6", "5"), f.args());
    }

    @Test
    void missingStatementsAndWorksNotCreditedToTheResearcherAreFound() {
        OutputId mine = paper(1, OutputKind.JOURNAL_PAPER, true, 7);
        OutputId someoneElses = paper(2, OutputKind.JOURNAL_PAPER, true, 8);
        List<RepresentativeWork> works = List.of(
                new RepresentativeWork(1, R, mine, 1, " ", ""),
                work(someoneElses, 2),
                work(new OutputId(999), 3));
        List<RepresentativeWorkFinding> found = RepresentativeWorkRules.check(works, outputs, ResearchCategory.BASIC,
                RepresentativeWorkPolicy.defaults());
        assertEquals(List.of("flag.repWork.missingContributionStatement", "flag.repWork.missingRelevanceStatement",
                        "flag.repWork.notCredited", "flag.repWork.unknownOutput"),
                found.stream().map(RepresentativeWorkFinding::code).toList());
        assertEquals(someoneElses, found.get(2).outputId());
        assertEquals(CheckSeverity.BLOCKING, found.get(2).severity());
    }
}
