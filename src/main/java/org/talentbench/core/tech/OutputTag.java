package org.talentbench.core.tech;

import java.util.Objects;
import org.talentbench.core.researcher.OutputId;

/** A technology an output is tagged with (by hand or by an accepted suggestion). The code is as tagged, unresolved. */
public record OutputTag(OutputId outputId, String code, TagSource source) {
    public OutputTag {
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
    }
}
