package org.talentbench.core.committee;

/**
 * How the reviewers' scores of one person are combined. {@link #TRIMMED_MEAN} drops ⌊n × trim share⌋ scores at each
 * end; {@link #CONFIDENCE_WEIGHTED} weights each reviewer's score by their stated confidence (1–5). The method is
 * always shown beside the result ({@code aggregation.method.<NAME>}).
 */
public enum AggregationMethod {
    MEAN, MEDIAN, TRIMMED_MEAN, CONFIDENCE_WEIGHTED
}
