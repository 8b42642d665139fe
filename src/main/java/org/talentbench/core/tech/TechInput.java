package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;

/**
 * What the talent map and the candidate finder read: the technology list, the date to look from, the institute's
 * people, outputs and representative works, the output tags and rejected suggestions, and the standings to show.
 *
 * @param asOf        the date the map describes: the list as of that date, outputs dated on or before it, young
 *                    talent in its year; for an old round, the round's reference date
 * @param outputTags  confirmed technology codes by output (as tagged, resolved through merges here)
 * @param rejected    rejected suggestions: codes by output
 */
public record TechInput(TechnologyList list, LocalDate asOf, List<Researcher> researchers, List<Output> outputs,
                        List<RepresentativeWork> representativeWorks, List<Department> departments,
                        Map<OutputId, Set<String>> outputTags, Map<OutputId, Set<String>> rejected,
                        Standings standings) {
    public TechInput {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(asOf, "asOf");
        researchers = researchers == null ? List.of() : researchers;
        outputs = outputs == null ? List.of() : outputs;
        representativeWorks = representativeWorks == null ? List.of() : representativeWorks;
        departments = departments == null ? List.of() : departments;
        outputTags = outputTags == null ? Map.of() : outputTags;
        rejected = rejected == null ? Map.of() : rejected;
        standings = standings == null ? Standings.none() : standings;
    }
}
