package org.talentbench.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.profile.ResearcherEditorViewModel;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ProfileFixtures;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ProfileService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Opening the profile of a researcher with 500 outputs of every kind (two colleagues credited on each, five
 * representative works) from an H2 database: {@code load} is the service's read (one transaction), {@code openEditor}
 * is what the user waits for — the read plus the editor view model filling its fields, rows, works and first
 * validation. Target: 300 ms. Run with
 * {@code java -cp target/test-classes:target/classes:<deps> org.openjdk.jmh.Main ProfileLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ProfileLoadBenchmark {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Param({"500"})
    public int outputs;

    /**
     * Empty: a synthetic in-memory database. Otherwise the path of a real database (e.g. the demo institute), whose
     * researcher with the most outputs is opened.
     */
    @Param({""})
    public String database;

    private Database db;
    private ProfileService service;
    private ResearcherId id;

    @Setup
    public void setUp() {
        if (!database.isEmpty()) {
            db = Database.open(DatabaseLocation.file(java.nio.file.Path.of(database)), false);
            service = new ProfileService(db, Clock.systemDefaultZone(), () -> "bench");
            id = db.read(r -> r.outputs().countByResearcher()).entrySet().stream()
                    .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            return;
        }
        db = Database.open(DatabaseLocation.memory("profile-load-" + COUNTER.incrementAndGet()));
        db.inTransaction(r -> {
            r.departments().save(new Department("AI", "人工智能研究所", "Institute of AI"));
            return null;
        });
        service = new ProfileService(db, Clock.systemDefaultZone(), () -> "bench");
        Researcher f = ProfileFixtures.researcher();
        List<Researcher> people = db.inTransaction(r -> r.researchers().insertAll(List.of(
                copy(f, "JS0000001", "王晓明"), copy(f, "JS0000002", "李华"), copy(f, "JS0000003", "张伟"))));
        id = people.get(0).id();
        List<Output> list = new ArrayList<>();
        OutputKind[] kinds = OutputKind.values();
        for (int i = 0; i < outputs; i++) {
            Output o = ProfileFixtures.sample(kinds[i % kinds.length],
                    new Contribution(id, 1, true, 50), new Contribution(people.get(1).id(), 2, false, 30),
                    new Contribution(people.get(2).id(), 3, false, 20));
            list.add(new Output(OutputId.NEW, o.kind(), o.title() + " " + i, LocalDate.of(2010 + i % 16, 1 + i % 12, 1),
                    o.venue(), o.doi().isEmpty() ? "" : o.doi() + "." + i, o.externalId().isEmpty() ? ""
                    : o.externalId() + "-" + i, o.domesticJournal(), o.citations(), o.citationSource(),
                    o.citationAsOf(), o.fieldNormalisedImpact(), o.attributes(), o.contributors(), 0));
        }
        List<Output> stored = db.inTransaction(r -> r.outputs().insertAll(list));
        List<RepresentativeWork> works = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            works.add(new RepresentativeWork(0, id, stored.get(i * 13).id(), i + 1, "本人贡献", "关联说明"));
        }
        db.inTransaction(r -> {
            r.representativeWorks().insertAll(works);
            return null;
        });
    }

    private static Researcher copy(Researcher f, String employeeNo, String name) {
        return new Researcher(ResearcherId.NEW, employeeNo, name, f.nameLatin(), f.gender(), f.birthDate(),
                f.degree(), f.degreeDate(), f.hireDate(), "AI", f.title(), f.discipline(), f.category(),
                f.talentTags(), f.orcid(), f.email(), f.phone(), f.techTags(), f.status(), f.breaks(), f.history(), 0);
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public int load() {
        return service.load(id).outputs().size();
    }

    @Benchmark
    public int openEditor() {
        ResearcherEditorViewModel vm = new ResearcherEditorViewModel(Messages.of(Language.ZH), service,
                TaskRunner.direct(), new ResearchersFilterBenchmark.NoDialogs());
        vm.load(id);
        return vm.outputs().size() + vm.works().size();
    }
}
