package org.talentbench.service;

import java.util.List;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputKeys;

/** A stored output that is probably the same work as one being entered, why, and who it credits (for the offer). */
public record DuplicateOutput(Output output, OutputKeys.Match reason, List<Colleague> credited) {
    public DuplicateOutput {
        credited = List.copyOf(credited);
    }
}
