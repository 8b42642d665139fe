package org.talentbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.talentbench.core.scoring.mcda.Ahp;
import org.talentbench.core.scoring.mcda.AhpMethod;
import org.talentbench.core.scoring.mcda.AhpResult;
import org.talentbench.core.scoring.mcda.RandomIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code talentbench mcda ahp FILE.csv [--ri TABLE] [--method METHOD]}: AHP weights and consistency of a pairwise
 * comparison matrix, as one JSON object. An inconsistent matrix is not an error (exit 0, {@code "consistent":false}
 * and the judgement to revisit first as 1-based {@code mostInconsistent}); a malformed one is (exit 2).
 */
@Command(name = "ahp", mixinStandardHelpOptions = true,
        description = {"AHP criterion weights and consistency of a pairwise comparison matrix.",
                "CSV cells such as 3, 1/3 or 0.25, separated by commas, semicolons or tabs; no header line.",
                "Prints JSON: weights, lambdaMax, ci, cr, ri, riTable, method, consistent",
                "(and mostInconsistent, 1-based row and column, when not consistent)."})
public final class AhpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Square reciprocal comparison matrix, no header.")
    Path file;

    @Option(names = "--ri", defaultValue = "saaty", paramLabel = "saaty|saaty2005|donegan-dodd|tummala-ling",
            description = "Random-index table for the consistency ratio (default: ${DEFAULT-VALUE}).")
    String riTable;

    @Option(names = "--method", defaultValue = "eigenvector", paramLabel = "eigenvector|approximate",
            description = "Principal eigenvector or Saaty's approximation (default: ${DEFAULT-VALUE}).")
    String method;

    @Override
    public Integer call() throws Exception {
        RandomIndex table = RandomIndex.fromCode(riTable);
        AhpMethod ahpMethod = AhpMethod.fromCode(method);
        double[][] matrix = MatrixCsv.read(file, false).values();

        AhpResult result = new Ahp(ahpMethod, table, Ahp.DEFAULT_CR_THRESHOLD).compute(matrix);

        ObjectMapper json = new ObjectMapper();
        ObjectNode node = json.createObjectNode();
        ArrayNode weights = node.putArray("weights");
        for (double weight : result.weights()) {
            weights.add(weight);
        }
        node.put("lambdaMax", result.lambdaMax());
        node.put("ci", result.ci());
        node.put("cr", result.cr());
        node.put("ri", result.ri());
        node.put("riTable", result.table().code());
        node.put("method", result.method().code());
        node.put("consistent", result.consistent());
        int[] worst = result.mostInconsistentJudgement();
        if (!result.consistent() && worst.length == 2) {
            ObjectNode cell = node.putObject("mostInconsistent");
            cell.put("row", worst[0] + 1);
            cell.put("column", worst[1] + 1);
        }
        spec.commandLine().getOut().println(json.writeValueAsString(node));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
