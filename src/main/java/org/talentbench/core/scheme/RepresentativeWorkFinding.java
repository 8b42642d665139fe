package org.talentbench.core.scheme;

import java.util.List;
import java.util.Objects;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.ResearcherId;

/**
 * One problem with a researcher's representative works: a resource-bundle key under {@code flag.repWork.}, its
 * severity, the output concerned ({@code null} for the selection as a whole) and the message arguments.
 */
public record RepresentativeWorkFinding(ResearcherId researcherId, OutputId outputId, String code,
                                        CheckSeverity severity, List<String> args) {
    public RepresentativeWorkFinding {
        Objects.requireNonNull(researcherId, "researcherId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        args = args == null ? List.of() : List.copyOf(args);
    }
}
