package org.talentbench.core.round;

import java.util.List;
import java.util.Map;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;

/** The data a verification sheet lists for one participant of a round. */
public record VerificationData(Round round, Researcher researcher, Participant participant, List<Output> outputs,
                               Map<String, Double> inputs) {
}
