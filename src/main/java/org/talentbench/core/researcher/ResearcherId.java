package org.talentbench.core.researcher;

/** Typed identity of a researcher row. Zero or negative means "not stored yet". */
public record ResearcherId(long value) {
    public static final ResearcherId NEW = new ResearcherId(0);

    public boolean isNew() {
        return value <= 0;
    }
}
