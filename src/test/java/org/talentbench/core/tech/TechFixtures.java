package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Assignment;
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

/** Hand-made researchers, outputs and a small technology list for the key-technology tests. */
final class TechFixtures {
    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private TechFixtures() {
    }

    static final List<TechnologyGroup> GROUPS = List.of(
            new TechnologyGroup("ic", "集成电路", "Integrated circuits", 1),
            new TechnologyGroup("q", "量子科技", "Quantum", 2));

    /** Three technologies: power semiconductors, compound semiconductors, quantum communication. */
    static TechnologyList smallList() {
        return TechnologyList.of(GROUPS, List.of(
                TechEvent.add("power", START, "功率半导体", "Power semiconductors", "ic", ""),
                TechEvent.add("compound", START, "化合物半导体", "Compound semiconductors", "ic", ""),
                TechEvent.add("qcomm", START, "量子通信", "Quantum communication", "q", "")),
                Map.of("power", List.of("碳化硅", "SiC", "IGBT"),
                        "compound", List.of("氮化镓", "GaN", "HEMT"),
                        "qcomm", List.of("量子密钥分发", "QKD")));
    }

    /**
     * A researcher.
     *
     * @param born birth year; young talent (under 40 on 1 January 2026) means born after 1 January 1986
     */
    static Researcher person(long id, String dept, String title, ResearchCategory category, int born,
                             Set<String> talentTags, String... techs) {
        return new Researcher(new ResearcherId(id), "E" + id, "人" + id, "Person " + id, Gender.MALE,
                LocalDate.of(born, 6, 1), Degree.DOCTORATE, LocalDate.of(born + 28, 6, 1), LocalDate.of(2015, 1, 1),
                dept, title, "物理学", category, talentTags, "", "", "", Set.of(techs), EmploymentStatus.ACTIVE,
                List.of(), List.of(new Assignment(LocalDate.of(2015, 1, 1), category, dept)), 1);
    }

    static Output output(long id, OutputKind kind, String title, LocalDate date, Contribution... contributors) {
        return output(id, kind, title, date, Map.of(), contributors);
    }

    static Output output(long id, OutputKind kind, String title, LocalDate date, Map<String, String> attributes,
                         Contribution... contributors) {
        return new Output(new OutputId(id), kind, title, date, "", "", "", false, null, null, null, null, attributes,
                List.of(contributors), 1);
    }

    static Map<String, String> granted() {
        return Map.of(OutputAttribute.PATENT_TYPE, "INVENTION", OutputAttribute.PATENT_STATUS, "GRANTED");
    }

    static Contribution share(long researcherId, int position, double percent) {
        return new Contribution(new ResearcherId(researcherId), position, position == 1, percent);
    }
}
