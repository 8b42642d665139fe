package org.talentbench.core.scoring;

import java.time.LocalDate;

/**
 * Citation figures of the researcher's papers in the window, shown <em>beside</em> the score and never part of it
 * (policy: context for the judgement, not a score input). Both g-index variants are given and named.
 *
 * @param papers                        journal and conference papers credited to the researcher in the window
 * @param papersWithCitations           of which with a citation count (the others count as unknown, not 0)
 * @param meanFieldNormalisedImpact     mean over the papers that have one; {@code null} when none has
 * @param papersWithFieldNormalisedImpact how many papers the mean is over
 * @param unsettledPapers               papers under two years old at the reference date that carry a
 *                                      field-normalised figure (unreliable: such figures settle after ~2 years)
 * @param citationsAsOf                 the latest as-of date among the citation counts, {@code null} when unknown
 */
public record BibliometricContext(int papers, int papersWithCitations, long totalCitations, int hIndex,
                                  int gIndexPadded, int gIndexCapped, int i10Index,
                                  Double meanFieldNormalisedImpact, int papersWithFieldNormalisedImpact,
                                  int unsettledPapers, LocalDate citationsAsOf) {
}
