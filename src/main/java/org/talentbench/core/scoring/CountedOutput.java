package org.talentbench.core.scoring;

import org.talentbench.core.researcher.OutputId;

/**
 * One output an indicator counted for a researcher: its id, the researcher's contribution share (1 when the
 * indicator is not share-weighted), the output's amount (1 for a count, the attribute value for SUM/MAX, the citation
 * count for the h-index) and the resulting contribution {@code share × amount}.
 */
public record CountedOutput(OutputId outputId, double share, double amount, double contribution) {
}
