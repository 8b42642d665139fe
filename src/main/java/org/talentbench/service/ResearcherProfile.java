package org.talentbench.service;

import java.util.List;
import java.util.Map;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Everything the profile editor shows for one researcher, read in one transaction: the profile, the outputs crediting
 * the researcher, the standing representative-work selection (round 0), the people credited on those outputs, the
 * departments and the institute's profile settings. Immutable.
 */
public record ResearcherProfile(Researcher researcher, List<Output> outputs, List<RepresentativeWork> works,
                                Map<ResearcherId, Colleague> people, List<Department> departments,
                                ProfileSettings settings) {
    public ResearcherProfile {
        outputs = List.copyOf(outputs);
        works = List.copyOf(works);
        people = Map.copyOf(people);
        departments = List.copyOf(departments);
    }
}
