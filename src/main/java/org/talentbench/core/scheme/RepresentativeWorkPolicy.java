package org.talentbench.core.scheme;

import java.util.EnumSet;
import java.util.Set;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * Rules for representative works (代表作), carried by each scheme. The MOST 2020 measures against "only papers"
 * (国科发监〔2020〕37号) ask that at least 1/3 of representative papers appear in domestic Chinese journals; the number
 * of works is set per evaluation ({@code maxCount}, default 5).
 *
 * @param maxCount                at most this many works
 * @param minDomesticShare        share of the representative <em>papers</em> (journal and conference) that must be
 *                                JOURNAL_PAPERs in domestic journals; 0 switches the rule off
 * @param domesticShareCategories categories the domestic-share rule applies to (default: basic research)
 * @param domesticSeverity        WARNING or BLOCKING
 * @param requireStatements       a contribution statement and a relevance statement are required for every work
 * @param statementSeverity       severity of a missing statement
 */
public record RepresentativeWorkPolicy(int maxCount, double minDomesticShare,
                                       Set<ResearchCategory> domesticShareCategories, CheckSeverity domesticSeverity,
                                       boolean requireStatements, CheckSeverity statementSeverity) {
    public RepresentativeWorkPolicy {
        EnumSet<ResearchCategory> cats = EnumSet.noneOf(ResearchCategory.class);
        if (domesticShareCategories == null) {
            cats.add(ResearchCategory.BASIC);
        } else {
            cats.addAll(domesticShareCategories);
        }
        domesticShareCategories = java.util.Collections.unmodifiableSet(cats);
        domesticSeverity = domesticSeverity == null ? CheckSeverity.WARNING : domesticSeverity;
        statementSeverity = statementSeverity == null ? CheckSeverity.WARNING : statementSeverity;
        if (maxCount < 1 || minDomesticShare < 0 || minDomesticShare > 1) {
            throw new IllegalArgumentException("invalid representative-work policy");
        }
    }

    public static RepresentativeWorkPolicy defaults() {
        return new RepresentativeWorkPolicy(5, 1.0 / 3.0, EnumSet.of(ResearchCategory.BASIC), CheckSeverity.WARNING,
                true, CheckSeverity.WARNING);
    }
}
