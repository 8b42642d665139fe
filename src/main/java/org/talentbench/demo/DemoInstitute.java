package org.talentbench.demo;

import java.util.List;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;

/**
 * A whole demo institute held in memory, for tests and small demos (the standard 240 researchers make about
 * 24,000 outputs). Large institutes should stream through a {@link DemoSink} instead. Immutable.
 */
public record DemoInstitute(List<Department> departments, List<Researcher> researchers, List<Output> outputs,
                            List<RepresentativeWork> representativeWorks) {
    public DemoInstitute {
        departments = List.copyOf(departments);
        researchers = List.copyOf(researchers);
        outputs = List.copyOf(outputs);
        representativeWorks = List.copyOf(representativeWorks);
    }
}
