package org.talentbench.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/** Small hand-made records and fresh in-memory databases for store tests. */
final class StoreFixtures {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private StoreFixtures() {
    }

    static Database freshDatabase() {
        return Database.open(DatabaseLocation.memory("store-test-" + COUNTER.incrementAndGet()));
    }

    static Researcher researcher(String employeeNo, String nameZh) {
        return new Researcher(ResearcherId.NEW, employeeNo, nameZh, "Wang Xiaoming", Gender.FEMALE,
                LocalDate.of(1988, 1, 2), Degree.DOCTORATE, LocalDate.of(2015, 6, 20), LocalDate.of(2016, 7, 1),
                "AI", "副研究员", "计算机科学技术", ResearchCategory.BASIC, Set.of("leading-talent"),
                "0000-0002-1825-0097", "wxm@example.org", "025-1234567", Set.of("ai-foundation-models"),
                EmploymentStatus.ACTIVE,
                List.of(new CareerBreak(0, CareerBreakKind.MATERNITY, LocalDate.of(2020, 3, 1),
                        LocalDate.of(2020, 8, 31), "产假")),
                List.of(new Assignment(LocalDate.of(2016, 7, 1), ResearchCategory.APPLIED, "AI"),
                        new Assignment(LocalDate.of(2022, 1, 1), ResearchCategory.BASIC, "AI")),
                0);
    }

    static Output patent(ResearcherId owner) {
        return new Output(OutputId.NEW, OutputKind.PATENT, "一种低功耗神经网络加速器", LocalDate.of(2023, 5, 9), "",
                "", "CN202310123456.7", false, null, "", null, null,
                Map.of(OutputAttribute.PATENT_TYPE, "INVENTION", OutputAttribute.PATENT_STATUS, "GRANTED",
                        OutputAttribute.PCT, "true"),
                List.of(new Contribution(owner, 1, false, 60.0)), 0);
    }

    static Output paper(ResearcherId owner) {
        return new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, "Sparse attention for long documents",
                LocalDate.of(2022, 11, 3), "中国科学：信息科学", "10.1360/ssi-2022-0001", "", true, 12, "CNKI",
                LocalDate.of(2026, 6, 1), 1.7, Map.of(OutputAttribute.AUTHORS, "王晓明; 李华"),
                List.of(new Contribution(owner, 1, true, 50.0)), 0);
    }
}
