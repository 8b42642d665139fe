package org.talentbench.service;

import java.time.LocalDate;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/** One row of the researchers list, as the table and the CLI show it. */
public record ResearcherSummary(
        ResearcherId id,
        String employeeNo,
        String nameZh,
        String nameLatin,
        Gender gender,
        LocalDate birthDate,
        String departmentCode,
        String departmentZh,
        String departmentEn,
        String title,
        String discipline,
        ResearchCategory category,
        EmploymentStatus status,
        String orcid,
        int outputCount) {
}
