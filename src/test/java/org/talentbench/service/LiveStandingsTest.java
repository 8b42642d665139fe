package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.ProfileValidationException;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.tech.Standings;
import org.talentbench.demo.DemoSpec;

/**
 * The workspace's live preview standings (decision 0094): a profile save is re-scored, not evaluated in full, and
 * the standings are then those of a full dry run over the database; any other write makes the next request evaluate
 * everybody again.
 */
class LiveStandingsTest {
    private static final LocalDate AS_OF = DemoSpec.STANDARD_REFERENCE_DATE;

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void open() {
        Path file = dir.resolve("demo");
        DemoService.create(file, new DemoSpec(60, 7, AS_OF), f -> { }, () -> false);
        ws = Workspace.open(file, false);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Standings live() {
        return ws.standings().standings(ws.database(), AS_OF);
    }

    private Standings full() {
        return PreviewStandings.compute(ws.database(), AS_OF);
    }

    /** The ranked researcher with the most outputs (smallest id among equals). */
    private ResearcherProfile rankedWithOutputs(Standings s) {
        return s.byResearcher().keySet().stream().sorted(Comparator.comparingLong(ResearcherId::value))
                .map(id -> ws.profiles().load(id))
                .max(Comparator.comparingInt((ResearcherProfile p) -> p.outputs().size())
                        .thenComparing(p -> -p.researcher().id().value()))
                .orElseThrow();
    }

    /**
     * The profile's outputs dated in the evaluation window moved ten years back, out of it (they stop counting);
     * only the edited outputs go into the edit, as the editor sends them.
     */
    private static List<Output> outOfTheWindow(List<Output> outputs) {
        List<Output> edited = new ArrayList<>();
        for (Output o : outputs) {
            if (o.date().isAfter(AS_OF.minusYears(3))) {
                edited.add(new Output(o.id(), o.kind(), o.title(), o.date().minusYears(10), o.venue(), o.doi(),
                        o.externalId(), o.domesticJournal(), o.citations(), o.citationSource(), o.citationAsOf(),
                        o.fieldNormalisedImpact(), o.attributes(), o.contributors(), o.version()));
            }
        }
        return edited;
    }

    @Test
    void aSavedEditIsReScoredAndGivesTheStandingsOfAFullEvaluation() {
        Standings before = live();
        assertEquals(full(), before, "the first request is the full dry run");
        ResearcherProfile p = rankedWithOutputs(before);

        ws.profiles().save(new ProfileEdit(p.researcher(), null, outOfTheWindow(p.outputs()), List.of(), null));
        Standings afterEdit = live();
        assertArrayEquals(new int[] {1, 1}, ws.standings().counts(), "one full evaluation, then one re-score");
        assertNotEquals(before, afterEdit, "the edit moves someone's standing");
        assertEquals(full(), afterEdit);

        // moving the person to another category: they leave one cohort and join another
        ResearcherProfile again = ws.profiles().load(p.researcher().id());
        Researcher r = again.researcher();
        ResearchCategory other = r.category() == ResearchCategory.BASIC ? ResearchCategory.APPLIED
                : ResearchCategory.BASIC;
        ws.profiles().save(new ProfileEdit(ProfileServiceTest.withCategory(r, other, r.departmentCode()),
                AS_OF.minusYears(4), List.of(), List.of(), null));
        Standings afterMove = live();
        assertArrayEquals(new int[] {1, 2}, ws.standings().counts(), "re-scored again, not evaluated in full");
        assertEquals(full(), afterMove);
    }

    @Test
    void anyOtherWriteMakesTheNextRequestEvaluateEverybodyAgain() {
        live();
        ws.profiles().saveSettings(ws.profiles().settings());
        assertNotNull(live());
        assertArrayEquals(new int[] {2, 0}, ws.standings().counts(), "a settings write is not a profile save");

        ResearcherProfile p = rankedWithOutputs(live());
        Output dropped = p.outputs().get(0);
        // taking the person off an output that others may still be credited on cannot be re-scored
        ws.profiles().save(new ProfileEdit(p.researcher(), null, List.of(), List.of(dropped.id()), null));
        Standings after = live();
        assertArrayEquals(new int[] {3, 0}, ws.standings().counts());
        assertEquals(full(), after);
    }

    @Test
    void aRefusedSaveKeepsTheLiveEvaluation() {
        Standings before = live();
        ResearcherProfile p = rankedWithOutputs(before);
        Output o = p.outputs().get(0);
        // citations without saying where they come from: refused by the profile rules, nothing written
        Output unsourced = new Output(o.id(), o.kind(), o.title(), o.date(), o.venue(), o.doi(), o.externalId(),
                o.domesticJournal(), 5, null, o.citationAsOf(), o.fieldNormalisedImpact(), o.attributes(),
                o.contributors(), o.version());
        assertThrows(ProfileValidationException.class, () -> ws.profiles().save(new ProfileEdit(p.researcher(), null,
                List.of(unsourced), List.of(), null)));
        assertEquals(before, live());
        assertArrayEquals(new int[] {1, 0}, ws.standings().counts(), "not evaluated again");
    }

    @Test
    void anotherReferenceDateIsEvaluatedOnItsOwn() {
        live();
        Standings earlier = ws.standings().standings(ws.database(), AS_OF.minusYears(1));
        assertEquals(PreviewStandings.compute(ws.database(), AS_OF.minusYears(1)), earlier);
        assertArrayEquals(new int[] {2, 0}, ws.standings().counts());
    }
}
