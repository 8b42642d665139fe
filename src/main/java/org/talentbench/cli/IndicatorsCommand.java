package org.talentbench.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.talentbench.core.scoring.bibliometrics.CitationIndicators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench indicators --citations 8,5,5,4,4,1,0}: citation indicators of one researcher's papers as
 * {@code {"total","h","gPadded","gCapped","i10"}}; both g variants are printed because sources disagree.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Citation indicators of one researcher's papers.",
                "Prints JSON: total, h, gPadded (Egghe, may exceed the number of papers), gCapped, i10."})
public final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--citations", required = true, split = ",", paramLabel = "N",
            description = "Citation count of each paper, any order (e.g. 8,5,5,4,4,1,0).")
    int[] citations;

    @Override
    public Integer call() throws Exception {
        CitationIndicators indicators = CitationIndicators.of(citations);

        ObjectMapper json = new ObjectMapper();
        ObjectNode node = json.createObjectNode();
        node.put("total", indicators.total());
        node.put("h", indicators.h());
        node.put("gPadded", indicators.gPadded());
        node.put("gCapped", indicators.gCapped());
        node.put("i10", indicators.i10());
        spec.commandLine().getOut().println(json.writeValueAsString(node));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
