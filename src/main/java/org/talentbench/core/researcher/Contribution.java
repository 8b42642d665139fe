package org.talentbench.core.researcher;

import java.util.Objects;

/**
 * One researcher of the institute credited on an output, with the declared contribution share in percent (0–100].
 * The shares of one output never add up to more than 100 ({@link ProfileRules}). {@code authorPosition} is the
 * 1-based byline position for papers and 0 where a byline does not apply.
 */
public record Contribution(ResearcherId researcherId, int authorPosition, boolean corresponding, double sharePercent) {
    public Contribution {
        Objects.requireNonNull(researcherId, "researcherId");
    }

    public double shareFraction() {
        return sharePercent / 100.0;
    }
}
