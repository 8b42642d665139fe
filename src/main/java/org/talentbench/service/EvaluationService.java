package org.talentbench.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scoring.EvaluationEngine;
import org.talentbench.core.scoring.EvaluationInput;
import org.talentbench.core.scoring.EvaluationOptions;
import org.talentbench.core.scoring.EvaluationResult;
import org.talentbench.core.scoring.MissingInputRule;
import org.talentbench.security.Permission;

/**
 * A dry run of the engine over the current data: no round, nothing stored. Uses the active stored schemes (seeding
 * the defaults on first use) and, when a round is named, that round's committee and expert inputs. It scores the
 * whole institute, so it is round preparation ({@link Permission#MANAGE_ROUNDS}, decision 0090). Stateless apart
 * from its session.
 */
public final class EvaluationService {
    private final Transactions tx;
    private final Session session;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public EvaluationService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public EvaluationService(Transactions tx, Session session) {
        this.tx = tx;
        this.session = session;
    }

    /**
     * @param category     only researchers currently in this category; {@code null} for all
     * @param inputsRound  a round whose peer-review and expert inputs to use; {@code null} for none
     * @param missing      rule for missing peer-review and expert inputs
     */
    public EvaluationResult dryRun(LocalDate referenceDate, ResearchCategory category, String inputsRound,
                                   MissingInputRule missing) {
        session.require(Permission.MANAGE_ROUNDS);
        EvaluationInput input = tx.read(repos -> {
            InstituteLoader.Institute inst = InstituteLoader.load(repos);
            Map<ResearchCategory, Scheme> schemes = new EnumMap<>(ResearchCategory.class);
            InstituteLoader.activeSchemes(repos).forEach((c, s) -> schemes.put(c, s.scheme()));
            List<Researcher> researchers = category == null ? inst.researchers()
                    : inst.researchers().stream().filter(r -> r.category() == category).toList();
            Map<ResearcherId, Map<String, Double>> inputs = Map.of();
            long roundId = 0;
            if (inputsRound != null) {
                var round = repos.rounds().findByName(inputsRound)
                        .orElseThrow(() -> new InvalidInputException("round.notFound", inputsRound));
                inputs = repos.rounds().inputs(round.id());
                roundId = round.id();
            }
            return InstituteLoader.input(inst, researchers, referenceDate, schemes, inputs, Map.of(), roundId);
        });
        EvaluationOptions options = EvaluationOptions.defaults().withMissingInputs(missing, missing);
        return new EvaluationEngine().evaluate(input, options, null, null);
    }
}
