package org.talentbench.exchange.bib;

import java.util.ArrayList;
import java.util.List;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;

/** The author list of an output, from its {@link OutputAttribute#AUTHORS} attribute ("; "-separated). */
final class Authors {
    private Authors() {
    }

    static List<String> of(Output o) {
        List<String> out = new ArrayList<>();
        for (String s : o.attribute(OutputAttribute.AUTHORS).split("[;；]")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A one-line value: line breaks and tabs become spaces, runs of spaces one. */
    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
