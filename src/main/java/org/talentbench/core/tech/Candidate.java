package org.talentbench.core.tech;

import java.util.List;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/**
 * One person on a shortlist with the evidence behind the place: the score and its three parts, the profile's
 * matching technologies, the standing, the relevant outputs (most points first) and any conflicts.
 *
 * @param evidenceRaw   Σ points of the relevant outputs, before scaling
 * @param evidenceCount number of relevant outputs (the list may be cut to the strongest)
 */
public record Candidate(int rank, ResearcherId id, String employeeNo, String nameZh, String nameLatin,
                        String departmentCode, String title, ResearchCategory category, boolean young, boolean leader,
                        double score, double evidencePoints, double tagPoints, double standingPoints,
                        double evidenceRaw, List<String> matchedTechnologies, Standing standing,
                        List<EvidenceOutput> evidence, int evidenceCount, List<Conflict> conflicts) {
    public Candidate {
        matchedTechnologies = List.copyOf(matchedTechnologies);
        evidence = List.copyOf(evidence);
        conflicts = List.copyOf(conflicts);
    }

    public boolean conflicted() {
        return !conflicts.isEmpty();
    }
}
