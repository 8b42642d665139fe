package org.talentbench.core.researcher;

/** Typed identity of a research output. Zero or negative means "not stored yet". */
public record OutputId(long value) {
    public static final OutputId NEW = new OutputId(0);

    public boolean isNew() {
        return value <= 0;
    }
}
