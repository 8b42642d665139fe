package org.talentbench.exchange.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.ResearcherId;

/**
 * An output row of a spreadsheet: the output (id NEW, no contributors) and its contributors by employee number.
 * The lead's import service resolves the numbers with {@link #toOutput}.
 */
public record SheetOutput(Output output, List<ContributorRef> contributors) {
    public SheetOutput {
        Objects.requireNonNull(output, "output");
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    /**
     * The output with its contributions, resolving employee numbers through {@code researcherByEmployeeNo}; empty
     * when a number does not resolve.
     */
    public Optional<Output> toOutput(Function<String, Optional<ResearcherId>> researcherByEmployeeNo) {
        List<Contribution> list = new java.util.ArrayList<>();
        for (ContributorRef c : contributors) {
            Optional<ResearcherId> id = researcherByEmployeeNo.apply(c.employeeNo());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            list.add(new Contribution(id.get(), c.authorPosition(), c.corresponding(), c.sharePercent()));
        }
        return Optional.of(output.withContributors(list));
    }
}
