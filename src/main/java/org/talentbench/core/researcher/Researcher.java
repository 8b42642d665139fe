package org.talentbench.core.researcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A researcher's profile: the identity and current classification an evaluation rests on.
 *
 * <p>Immutable. {@code version} is the optimistic-lock counter of the stored row: an update carrying an older
 * version than the store holds is refused rather than silently overwriting another user's edit. "Young talent" is
 * never stored here; the cycle rules derive it from the birth date, doctorate date and career breaks.
 *
 * @param talentTags  free tags such as "leading-talent"; never "young"
 * @param techTags    key-core-technology codes this person works on
 * @param breaks      career breaks, oldest first
 * @param history     dated category/department history, oldest first; the last entry matches the current values
 */
public record Researcher(
        ResearcherId id,
        String employeeNo,
        String nameZh,
        String nameLatin,
        Gender gender,
        LocalDate birthDate,
        Degree degree,
        LocalDate degreeDate,
        LocalDate hireDate,
        String departmentCode,
        String title,
        String discipline,
        ResearchCategory category,
        Set<String> talentTags,
        String orcid,
        String email,
        String phone,
        Set<String> techTags,
        EmploymentStatus status,
        List<CareerBreak> breaks,
        List<Assignment> history,
        long version) {

    public Researcher {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employeeNo, "employeeNo");
        Objects.requireNonNull(nameZh, "nameZh");
        nameLatin = nameLatin == null ? "" : nameLatin;
        gender = gender == null ? Gender.UNSPECIFIED : gender;
        degree = degree == null ? Degree.OTHER : degree;
        departmentCode = departmentCode == null ? "" : departmentCode;
        title = title == null ? "" : title;
        discipline = discipline == null ? "" : discipline;
        Objects.requireNonNull(category, "category");
        talentTags = talentTags == null ? Set.of() : Set.copyOf(talentTags);
        orcid = orcid == null ? "" : orcid;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        techTags = techTags == null ? Set.of() : Set.copyOf(techTags);
        status = status == null ? EmploymentStatus.ACTIVE : status;
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public Researcher withId(ResearcherId newId) {
        return new Researcher(newId, employeeNo, nameZh, nameLatin, gender, birthDate, degree, degreeDate, hireDate,
                departmentCode, title, discipline, category, talentTags, orcid, email, phone, techTags, status,
                breaks, history, version);
    }

    public Researcher withVersion(long newVersion) {
        return new Researcher(id, employeeNo, nameZh, nameLatin, gender, birthDate, degree, degreeDate, hireDate,
                departmentCode, title, discipline, category, talentTags, orcid, email, phone, techTags, status,
                breaks, history, newVersion);
    }

    public Researcher withBreaksAndHistory(List<CareerBreak> newBreaks, List<Assignment> newHistory) {
        return new Researcher(id, employeeNo, nameZh, nameLatin, gender, birthDate, degree, degreeDate, hireDate,
                departmentCode, title, discipline, category, talentTags, orcid, email, phone, techTags, status,
                newBreaks, newHistory, version);
    }
}
