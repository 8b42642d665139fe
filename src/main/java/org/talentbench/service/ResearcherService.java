package org.talentbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/** Use cases over researcher profiles, shared by the GUI and the CLI. Stateless; each call is one transaction. */
public final class ResearcherService {
    private final Transactions tx;

    public ResearcherService(Transactions tx) {
        this.tx = tx;
    }

    /** All researchers with their department names and output counts, ordered by employee number. */
    public List<ResearcherSummary> list() {
        return tx.read(repos -> {
            Map<String, Department> departments = new HashMap<>();
            for (Department d : repos.departments().findAll()) {
                departments.put(d.code(), d);
            }
            Map<ResearcherId, Integer> outputs = repos.outputs().countByResearcher();
            List<ResearcherSummary> rows = new ArrayList<>();
            for (Researcher r : repos.researchers().findAll()) {
                Department d = departments.get(r.departmentCode());
                rows.add(new ResearcherSummary(r.id(), r.employeeNo(), r.nameZh(), r.nameLatin(), r.gender(),
                        r.birthDate(), r.departmentCode(), d == null ? r.departmentCode() : d.nameZh(),
                        d == null ? r.departmentCode() : d.nameEn(), r.title(), r.discipline(), r.category(),
                        r.status(), r.orcid(), outputs.getOrDefault(r.id(), 0)));
            }
            rows.sort((a, b) -> a.employeeNo().compareTo(b.employeeNo()));
            return rows;
        });
    }
}
