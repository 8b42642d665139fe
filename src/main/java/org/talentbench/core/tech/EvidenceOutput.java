package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.List;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;

/**
 * One output behind a candidate: what it is, the candidate's declared share and byline position, why it is
 * relevant and how many points it brought ({@code relevance × share × kind weight × representative factor}).
 *
 * @param basis   why it is relevant: tagged with a challenge technology, suggested for one, or the challenge's key
 *                phrases found in it
 * @param matched the technology codes (TAGGED, SUGGESTED) or key phrases (PHRASES) behind the relevance
 */
public record EvidenceOutput(OutputId id, OutputKind kind, String title, LocalDate date, String venue,
                             double sharePercent, int authorPosition, boolean corresponding, boolean representative,
                             Basis basis, List<String> matched, double relevance, double points) {
    /** Why an output is relevant to the challenge. */
    public enum Basis { TAGGED, SUGGESTED, PHRASES }

    public EvidenceOutput {
        matched = List.copyOf(matched);
    }
}
