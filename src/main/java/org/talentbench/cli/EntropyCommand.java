package org.talentbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.talentbench.core.scoring.mcda.EntropyWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code talentbench mcda entropy FILE.csv}: Shannon-entropy criterion weights, as {@code {"weights":[…]}}. */
@Command(name = "entropy", mixinStandardHelpOptions = true,
        description = {"Entropy criterion weights of a decision matrix.",
                "CSV rows are alternatives, columns criteria; an optional first line of column names is allowed.",
                "Prints JSON: weights."})
public final class EntropyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Non-negative decision matrix.")
    Path file;

    @Override
    public Integer call() throws Exception {
        double[] result = EntropyWeights.compute(MatrixCsv.read(file, true).values());

        ObjectMapper json = new ObjectMapper();
        ObjectNode node = json.createObjectNode();
        ArrayNode weights = node.putArray("weights");
        for (double weight : result) {
            weights.add(weight);
        }
        spec.commandLine().getOut().println(json.writeValueAsString(node));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
