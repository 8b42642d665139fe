package org.talentbench.exchange.scholarly;

import java.time.LocalDate;

/**
 * An author's bibliometric summary as one source computed it on one day. Context for reviewers, never a score
 * input: like citation counts, these figures differ between sources and snapshots, hence {@code source} and
 * {@code asOf}. Null means the source does not give the figure.
 */
public record AuthorMetrics(Integer worksCount, Integer citedByCount, Integer hIndex, Integer i10Index,
                            Double twoYearMeanCitedness, String source, LocalDate asOf) {
    public AuthorMetrics {
        source = source == null ? "" : source;
    }
}
