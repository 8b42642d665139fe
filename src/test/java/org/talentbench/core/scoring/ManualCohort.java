package org.talentbench.core.scoring;

import static org.talentbench.core.Fixtures.d;
import static org.talentbench.core.Fixtures.researcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.Scheme;

/**
 * A cohort whose indicator values are given directly as manual inputs (so normalised values are known by hand).
 * Researchers are applied research, hired 2022-01-01, due on 2024-12-31.
 */
final class ManualCohort {
    private final List<Researcher> people = new ArrayList<>();
    private final Map<ResearcherId, Map<String, Double>> manual = new HashMap<>();

    ManualCohort add(long id, ResearchCategory category, Map<String, Double> values) {
        // basic research runs 5 years: hire it earlier so that the cycle also ends on 2024-12-31
        String hire = category == ResearchCategory.BASIC ? "2020-01-01" : "2022-01-01";
        people.add(researcher(id, Gender.MALE, d("1970-03-03"), d(hire), category));
        manual.put(new ResearcherId(id), values);
        return this;
    }

    ManualCohort add(long id, Map<String, Double> values) {
        return add(id, ResearchCategory.APPLIED, values);
    }

    EvaluationInput input(Map<ResearchCategory, Scheme> schemes) {
        return new EvaluationInput(people, List.of(), List.of(), schemes, Map.of(), manual, d("2024-12-31"),
                CycleRules.defaults());
    }
}
