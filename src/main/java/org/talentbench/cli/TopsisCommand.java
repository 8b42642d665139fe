package org.talentbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.talentbench.core.scoring.mcda.CriterionType;
import org.talentbench.core.scoring.mcda.Topsis;
import org.talentbench.core.scoring.mcda.TopsisNormalisation;
import org.talentbench.core.scoring.mcda.TopsisResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench mcda topsis FILE.csv --weights W,… --criteria max|min,… [--normalization vector|minmax]}:
 * TOPSIS closeness and ranks (1 = best, ties share the lower rank) of the alternatives, in file order.
 */
@Command(name = "topsis", mixinStandardHelpOptions = true,
        description = {"TOPSIS ranking of a decision matrix.",
                "CSV rows are alternatives, columns criteria; an optional first line of column names is allowed.",
                "Prints JSON: closeness, ranks (1 = best, ties share the lower rank), normalization."})
public final class TopsisCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Decision matrix.")
    Path file;

    @Option(names = "--weights", required = true, split = ",", paramLabel = "W",
            description = "One weight per criterion, summing to 1 (e.g. 0.3,0.4,0.3).")
    double[] weights;

    @Option(names = "--criteria", required = true, split = ",", paramLabel = "max|min",
            description = "One direction per criterion: max (benefit) or min (cost).")
    List<String> criteria;

    @Option(names = {"--normalization", "--normalisation"}, defaultValue = "vector", paramLabel = "vector|minmax",
            description = "Vector (Hwang & Yoon) or min-max normalisation (default: ${DEFAULT-VALUE}).")
    String normalization;

    @Override
    public Integer call() throws Exception {
        TopsisNormalisation normalisation = TopsisNormalisation.fromCode(normalization);
        CriterionType[] types = criteria.stream().map(CriterionType::fromCode).toArray(CriterionType[]::new);
        double[][] matrix = MatrixCsv.read(file, true).values();

        TopsisResult result = Topsis.compute(matrix, weights, types, normalisation);

        ObjectMapper json = new ObjectMapper();
        ObjectNode node = json.createObjectNode();
        ArrayNode closeness = node.putArray("closeness");
        for (double value : result.closeness()) {
            closeness.add(value);
        }
        ArrayNode ranks = node.putArray("ranks");
        for (int rank : result.ranks()) {
            ranks.add(rank);
        }
        node.put("normalization", result.normalisation().code());
        spec.commandLine().getOut().println(json.writeValueAsString(node));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
