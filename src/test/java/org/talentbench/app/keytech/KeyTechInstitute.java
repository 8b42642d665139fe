package org.talentbench.app.keytech;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.service.StandingsSource;
import org.talentbench.service.TechnologyExports;
import org.talentbench.service.TechnologyService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * A tiny institute in a fresh in-memory database for the key-technology view-model tests, on 30 June 2026: E1 王芯
 * (研究员, born 1975, IC, ic-design), E2 李青 (助理研究员, born 1993, IC, power-semiconductors), E3 赵材 (副研究员,
 * born 1982, MAT, nanomaterials); outputs: a granted patent on 碳化硅MOSFET (E1 60, E2 40), a paper on SiC MOSFETs
 * (E2), a paper on 锁相环 (E1), a paper on 石墨烯 (E3).
 */
final class KeyTechInstitute implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final Database db;
    final TechnologyService service;
    final TechnologyExports exports;
    final List<Output> outputs = new ArrayList<>();

    KeyTechInstitute() {
        db = Database.open(DatabaseLocation.memory("keytech-vm-" + COUNTER.incrementAndGet()));
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        service = new TechnologyService(db, "tester", clock, StandingsSource.none());
        exports = new TechnologyExports(db, clock);
        db.inTransaction(r -> {
            r.departments().save(new Department("IC", "集成电路研究所", "Institute of Integrated Circuits"));
            r.departments().save(new Department("MAT", "新材料研究所", "Institute of Advanced Materials"));
            r.settings().put("institute.name", "测试研究院");
            ResearcherId wang = r.researchers().insert(person("E1", "王芯", 1975, "研究员", "IC", "ic-design")).id();
            ResearcherId li = r.researchers().insert(person("E2", "李青", 1993, "助理研究员", "IC",
                    "power-semiconductors")).id();
            ResearcherId zhao = r.researchers().insert(person("E3", "赵材", 1982, "副研究员", "MAT",
                    "nanomaterials")).id();
            outputs.addAll(r.outputs().insertAll(List.of(
                    output(OutputKind.PATENT, "一种碳化硅MOSFET栅氧可靠性测试方法", LocalDate.of(2025, 3, 1),
                            Map.of(OutputAttribute.PATENT_STATUS, "GRANTED"), wang, li),
                    output(OutputKind.JOURNAL_PAPER, "SiC MOSFET短路可靠性", LocalDate.of(2025, 9, 1), Map.of(), li),
                    output(OutputKind.JOURNAL_PAPER, "低功耗小数分频锁相环设计", LocalDate.of(2024, 5, 1), Map.of(),
                            wang),
                    output(OutputKind.JOURNAL_PAPER, "石墨烯导热膜的界面工程", LocalDate.of(2025, 1, 1), Map.of(),
                            zhao))));
            return null;
        });
    }

    private static Researcher person(String no, String name, int born, String title, String dept, String tech) {
        return new Researcher(ResearcherId.NEW, no, name, "", Gender.FEMALE, LocalDate.of(born, 3, 1),
                Degree.DOCTORATE, LocalDate.of(born + 28, 7, 1), LocalDate.of(2018, 1, 1), dept, title, "",
                ResearchCategory.APPLIED, Set.of(), "", "", "", Set.of(tech), EmploymentStatus.ACTIVE, List.of(),
                List.of(new Assignment(LocalDate.of(2018, 1, 1), ResearchCategory.APPLIED, dept)), 0);
    }

    private static Output output(OutputKind kind, String title, LocalDate date, Map<String, String> attributes,
                                 ResearcherId... authors) {
        double[] shares = authors.length == 1 ? new double[] {100} : new double[] {60, 40};
        List<Contribution> c = new ArrayList<>();
        for (int i = 0; i < authors.length; i++) {
            c.add(new Contribution(authors[i], i + 1, i == 0, shares[i]));
        }
        return new Output(OutputId.NEW, kind, title, date, "", "", "", false, null, null, null, null, attributes, c,
                0);
    }

    @Override
    public void close() {
        db.close();
    }
}
