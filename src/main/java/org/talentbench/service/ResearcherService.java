package org.talentbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Use cases over researcher profiles, shared by the GUI and the CLI. Acts for its {@link Session}: the list holds
 * only the people the principal may see ({@link Visibility}). Stateless apart from the session; each call is one
 * transaction.
 */
public final class ResearcherService {
    private final Transactions tx;
    private final Session session;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public ResearcherService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public ResearcherService(Transactions tx, Session session) {
        this.tx = tx;
        this.session = session;
    }

    /**
     * The researchers the principal may see (everyone for the administrator, the assigned people for a member) with
     * their department names and output counts, ordered by employee number.
     */
    public List<ResearcherSummary> list() {
        return tx.read(repos -> {
            Visibility visible = session.visibility(repos);
            Map<String, Department> departments = new HashMap<>();
            for (Department d : repos.departments().findAll()) {
                departments.put(d.code(), d);
            }
            Map<ResearcherId, Integer> outputs = repos.outputs().countByResearcher();
            List<ResearcherSummary> rows = new ArrayList<>();
            for (Researcher r : repos.researchers().findAll()) {
                if (!visible.seesPerson(r.id())) {
                    continue;
                }
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
