package org.talentbench.core.tech;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A problem put up for an open competition (揭榜挂帅): what must be solved, in words and as technologies of the
 * list, who puts it up, and who will decide (for conflict-of-interest checks).
 *
 * @param technologies codes from the list; the text may add more (see {@link CandidateFinder})
 * @param issuer       the organisation that puts the problem up (发榜方), may be empty
 * @param reviewers    employee numbers of the institute's people on the decision panel, may be empty
 */
public record Challenge(String title, String text, Set<String> technologies, String issuer, Set<String> reviewers) {
    public Challenge {
        title = title == null ? "" : title.strip();
        text = text == null ? "" : text.strip();
        technologies = technologies == null ? Set.of()
                : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(technologies));
        issuer = issuer == null ? "" : issuer.strip();
        reviewers = reviewers == null ? Set.of()
                : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(reviewers));
    }
}
