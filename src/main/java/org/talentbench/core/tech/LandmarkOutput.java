package org.talentbench.core.tech;

import java.time.LocalDate;
import java.util.List;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;

/**
 * A recent landmark output of a technology: a granted, licensed or transferred patent, a standard, a technology
 * transfer, or any output someone put forward as a representative work.
 *
 * @param confirmed      tagged with the technology (rather than only suggested for it)
 * @param representative put forward as a representative work (代表作) by one of its authors
 * @param contributors   Chinese names of the institute's contributors, in byline order
 */
public record LandmarkOutput(OutputId id, OutputKind kind, String title, LocalDate date, String venue,
                             String externalId, boolean confirmed, boolean representative,
                             List<String> contributors) {
    public LandmarkOutput {
        contributors = List.copyOf(contributors);
    }
}
