package org.talentbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.audit.ChangeHash;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.repo.ChangeLogRepository;
import org.talentbench.core.repo.StaleRecordException;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ProfileFixtures;
import org.talentbench.core.researcher.ProfileRules;
import org.talentbench.core.researcher.ResearcherId;

/** Outputs of every kind, their optimistic lock, duplicate lookup and the chained change log. */
class ProfileStoreTest {
    private Database db;
    private ResearcherId owner;

    @BeforeEach
    void open() {
        db = StoreFixtures.freshDatabase();
        owner = db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS1", "甲"))).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Contribution credit() {
        return new Contribution(owner, 1, true, 70);
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void everyOutputKindRoundTripsWithItsAttributes(OutputKind kind) {
        Output sample = ProfileFixtures.sample(kind, credit());
        assertEquals(List.of(), ProfileRules.validate(sample), "the sample is valid");
        Output stored = db.inTransaction(r -> r.outputs().insert(sample));
        Output loaded = db.read(r -> r.outputs().findById(stored.id())).orElseThrow();
        assertEquals(sample.withId(stored.id()).withVersion(1), loaded);
        assertEquals(List.of(loaded), db.read(r -> r.outputs().findByResearcher(owner)));
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void aSecondSaveOfTheSameOutputVersionIsRefused(OutputKind kind) {
        Output stored = db.inTransaction(r -> r.outputs().insert(ProfileFixtures.sample(kind, credit())));
        Output first = new Output(stored.id(), kind, "改过的题目", stored.date(), stored.venue(), stored.doi(),
                stored.externalId(), stored.domesticJournal(), stored.citations(), stored.citationSource(),
                stored.citationAsOf(), stored.fieldNormalisedImpact(), stored.attributes(), stored.contributors(),
                stored.version());
        assertEquals(2, db.inTransaction(r -> r.outputs().update(first)).version());
        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> db.inTransaction(r -> r.outputs().update(stored)));
        assertEquals("output", stale.entity());
        assertEquals("改过的题目", db.read(r -> r.outputs().findById(stored.id())).orElseThrow().title());
    }

    @Test
    void duplicatesAreFoundByDoiPatentNumberAndTitleInTheSameYear() {
        Output paper = db.inTransaction(r -> r.outputs().insert(StoreFixtures.paper(owner)));
        Output patent = db.inTransaction(r -> r.outputs().insert(StoreFixtures.patent(owner)));
        Output sameDoi = ProfileFixtures.sample(OutputKind.CONFERENCE_PAPER, credit());
        sameDoi = new Output(sameDoi.id(), sameDoi.kind(), "Another title", LocalDate.of(2019, 1, 1), "",
                "https://doi.org/10.1360/SSI-2022-0001", "", false, null, "", null, null, Map.of(),
                sameDoi.contributors(), 0);
        Output finalSameDoi = sameDoi;
        assertEquals(List.of(paper.id()), db.read(r -> r.outputs().findDuplicates(finalSameDoi)).stream()
                .map(Output::id).toList());

        Output granted = new Output(org.talentbench.core.researcher.OutputId.NEW,
                OutputKind.PATENT, "一种新的加速器", LocalDate.of(2025, 1, 1), "", "", "ZL 2023 1 0123456.7", false,
                null, "", null, null, Map.of(), List.of(credit()), 0);
        assertEquals(List.of(patent.id()), db.read(r -> r.outputs().findDuplicates(granted)).stream()
                .map(Output::id).toList());

        Output sameTitle = new Output(org.talentbench.core.researcher.OutputId.NEW, OutputKind.JOURNAL_PAPER,
                "SPARSE attention for long-documents", LocalDate.of(2022, 2, 1), "", "", "", false, null, "", null,
                null, Map.of(), List.of(credit()), 0);
        assertEquals(List.of(paper.id()), db.read(r -> r.outputs().findDuplicates(sameTitle)).stream()
                .map(Output::id).toList());
        assertEquals(List.of(), db.read(r -> r.outputs().findDuplicates(paper)), "an output is not its own duplicate");
    }

    @Test
    void theChangeLogIsAnUnbrokenHashChain() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 5, 8, 9, 10, 123_456_789);
        db.inTransaction(r -> r.changeLog().append(at, "hr01", List.of(
                new FieldChange(ChangeLogRepository.RESEARCHER, owner.value(), "nameZh", "甲", "甲一"),
                new FieldChange(ChangeLogRepository.RESEARCHER, owner.value(), "orcid", null, "0000-0002-1825-0097"))));
        db.inTransaction(r -> r.changeLog().append(at.plusSeconds(5), "hr02", List.of(
                new FieldChange(ChangeLogRepository.OUTPUT, 99, "title", "a", "b"))));
        List<ChangeLogEntry> all = db.read(r -> r.changeLog().findAll());
        assertEquals(3, all.size());
        assertEquals(ChangeHash.GENESIS, all.get(0).prevHash());
        assertEquals(LocalDateTime.of(2026, 3, 5, 8, 9, 10, 123_000_000), all.get(0).changedAt());
        for (int i = 0; i < all.size(); i++) {
            assertTrue(all.get(i).hashMatches(), "row " + i);
            if (i > 0) {
                assertEquals(all.get(i - 1).hash(), all.get(i).prevHash());
            }
        }
        assertEquals(2, db.read(r -> r.changeLog().find(ChangeLogRepository.RESEARCHER, owner.value())).size());
    }

    @Test
    void aRolledBackSaveLeavesNoLogRowsAndTheChainIntact() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 5, 8, 0);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(r -> {
            r.changeLog().append(at, "hr01", List.of(new FieldChange("researcher", 1, "x", "1", "2")));
            throw new IllegalStateException("save failed later");
        }));
        db.inTransaction(r -> r.changeLog().append(at, "hr01", List.of(new FieldChange("researcher", 1, "y", "1", "2"))));
        List<ChangeLogEntry> all = db.read(r -> r.changeLog().findAll());
        assertEquals(1, all.size());
        assertEquals(ChangeHash.GENESIS, all.get(0).prevHash());
    }

    @Test
    void concurrentAppendsStillFormOneChain() throws Exception {
        int threads = 4;
        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int who = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < rounds; i++) {
                    int n = i;
                    db.inTransaction(r -> r.changeLog().append(LocalDateTime.of(2026, 1, 1, 0, 0), "user" + who,
                            List.of(new FieldChange("output", who, "f" + n, "a", "b"),
                                    new FieldChange("output", who, "g" + n, "c", "d"))));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<ChangeLogEntry> all = db.read(r -> r.changeLog().findAll());
        assertEquals(threads * rounds * 2, all.size());
        String prev = ChangeHash.GENESIS;
        for (ChangeLogEntry e : all) {
            assertEquals(prev, e.prevHash(), "row " + e.id());
            assertTrue(e.hashMatches());
            prev = e.hash();
        }
    }

    @Test
    void researchersAreFoundByIds() {
        ResearcherId second = db.inTransaction(r -> r.researchers().insert(StoreFixtures.researcher("JS2", "乙"))).id();
        assertEquals(List.of("JS1", "JS2"), db.read(r -> r.researchers().findByIds(List.of(second, owner,
                new ResearcherId(999)))).stream().map(p -> p.employeeNo()).toList());
        assertEquals(1, db.read(r -> r.researchers().findByIds(List.of(second))).get(0).breaks().size());
    }
}
