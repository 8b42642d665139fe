package org.talentbench.exchange.sheet;

import java.util.Objects;

/**
 * A contributor of the institute named in a spreadsheet by employee number, before it is resolved to a
 * {@link org.talentbench.core.researcher.ResearcherId}.
 *
 * @param authorPosition 1-based byline position, 0 when not given
 */
public record ContributorRef(String employeeNo, int authorPosition, boolean corresponding, double sharePercent) {
    public ContributorRef {
        Objects.requireNonNull(employeeNo, "employeeNo");
    }
}
