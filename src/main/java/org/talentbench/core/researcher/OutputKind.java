package org.talentbench.core.researcher;

/**
 * Every kind of landmark result the policy names. Kind-specific fields live in {@link Output#attributes()} under the
 * keys of {@link OutputAttribute}.
 */
public enum OutputKind {
    JOURNAL_PAPER,
    CONFERENCE_PAPER,
    MONOGRAPH,
    PATENT,
    STANDARD,
    SOFTWARE_COPYRIGHT,
    TECH_TRANSFER,
    PROJECT,
    AWARD,
    POLICY_REPORT,
    DATASET,
    TALENT_CULTIVATION,
    ACADEMIC_SERVICE;

    public boolean isPaper() {
        return this == JOURNAL_PAPER || this == CONFERENCE_PAPER;
    }
}
