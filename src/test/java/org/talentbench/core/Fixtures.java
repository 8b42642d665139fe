package org.talentbench.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/** Small builders for hand-made test data. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Researcher researcher(long id, Gender gender, LocalDate birth, LocalDate hire,
                                        ResearchCategory category) {
        return new Researcher(new ResearcherId(id), "E" + id, "研究员" + id, "Researcher " + id, gender, birth,
                Degree.DOCTORATE, birth == null ? null : birth.plusYears(28), hire, "D1", "研究员", "physics",
                category, Set.of(), "", "", "", Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 1);
    }

    public static Researcher withDoctorate(Researcher r, Degree degree, LocalDate degreeDate) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(), degree,
                degreeDate, r.hireDate(), r.departmentCode(), r.title(), r.discipline(), r.category(),
                r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(), r.history(),
                r.version());
    }

    public static Researcher withStatus(Researcher r, EmploymentStatus status) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), r.discipline(),
                r.category(), r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), status, r.breaks(),
                r.history(), r.version());
    }

    public static Researcher withDiscipline(Researcher r, String discipline) {
        return new Researcher(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(), r.birthDate(),
                r.degree(), r.degreeDate(), r.hireDate(), r.departmentCode(), r.title(), discipline,
                r.category(), r.talentTags(), r.orcid(), r.email(), r.phone(), r.techTags(), r.status(), r.breaks(),
                r.history(), r.version());
    }

    public static CareerBreak careerBreak(CareerBreakKind kind, LocalDate start, LocalDate end) {
        return new CareerBreak(0, kind, start, end, "");
    }

    public static Assignment assignment(LocalDate from, ResearchCategory category) {
        return new Assignment(from, category, "D1");
    }

    public static Output output(long id, OutputKind kind, LocalDate date, Map<String, String> attributes,
                                Contribution... contributors) {
        return new Output(new OutputId(id), kind, kind + " " + id, date, "", "", "", false, null, null, null, null,
                attributes, List.of(contributors), 1);
    }

    public static Contribution share(long researcherId, double percent) {
        return new Contribution(new ResearcherId(researcherId), 1, false, percent);
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
