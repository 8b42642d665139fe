package org.talentbench.core.scheme;

import java.util.Objects;

/**
 * A pass/fail requirement (character 品德 comes first, and is a gate, never points). A researcher who fails a gate
 * keeps a score card with the reason but gets no rank. {@code passWhenMissing}: whether an absent input passes (for
 * character: no recorded misconduct means pass). Immutable.
 */
public record Gate(String code, String labelZh, String labelEn, GateKind kind, boolean passWhenMissing) {
    public Gate {
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code;
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
    }
}
