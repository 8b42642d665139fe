package org.talentbench.core.scoring;

/**
 * What to do when a researcher has no peer-review score or no manual expert input for an indicator. Every choice
 * flags the card; none is silent.
 * <ul>
 *   <li>{@link #EXCLUDE_FROM_RANKING} (default): the researcher keeps a card with raw values but gets no rank and
 *       does not enter the cohort's normalisation — no score is invented and nobody is punished for a committee that
 *       has not reported yet;</li>
 *   <li>{@link #ZERO}: the value counts as 0 (for previews before the committee meets);</li>
 *   <li>{@link #COHORT_MEDIAN}: the median of the values present in the ranking cohort (lower median for an even
 *       count), for previews.</li>
 * </ul>
 */
public enum MissingInputRule { EXCLUDE_FROM_RANKING, ZERO, COHORT_MEDIAN }
