package org.talentbench.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scheme.Dimension;
import org.talentbench.core.scheme.Indicator;
import org.talentbench.core.scheme.IndicatorKind;
import org.talentbench.core.scheme.Scheme;

/**
 * Seeded synthetic institute for engine tests and benchmarks: researchers of all categories (most of them due in
 * the reference year), outputs of every kind with 1–3 contributors, peer-review scores and manual inputs for the
 * default schemes. Same seed, same institute.
 */
public final class SyntheticInstitute {
    public static final LocalDate REFERENCE = LocalDate.of(2025, 12, 31);
    private static final String[] DISCIPLINES = {"physics", "chemistry", "materials", "ecology", "computing"};

    private SyntheticInstitute() {
    }

    public static EvaluationInput generate(int researchers, int outputsPerResearcher, long seed) {
        Random rnd = new Random(seed);
        List<Researcher> rs = new ArrayList<>(researchers);
        ResearchCategory[] cats = ResearchCategory.values();
        for (int i = 1; i <= researchers; i++) {
            ResearchCategory c = cats[rnd.nextInt(100) < 40 ? 0 : 1 + rnd.nextInt(3)];
            int birthYear = 1962 + rnd.nextInt(26); // born 1962-1987: not young talent in 2025
            int length = c == ResearchCategory.BASIC ? 5 : 3;
            // hire on 1 January so that cycles end on 31 December; 80% end in the reference year
            int hireYear = rnd.nextInt(10) < 8 ? REFERENCE.getYear() - length * (1 + rnd.nextInt(4)) + 1
                    : 2000 + rnd.nextInt(20);
            rs.add(new Researcher(new ResearcherId(i), String.format("E%05d", i), "研究员" + i, "R" + i,
                    rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE, LocalDate.of(birthYear, 1 + rnd.nextInt(12), 1),
                    Degree.DOCTORATE, LocalDate.of(birthYear + 28, 7, 1), LocalDate.of(hireYear, 1, 1), "D1", "研究员",
                    DISCIPLINES[rnd.nextInt(DISCIPLINES.length)], c, Set.of(), "", "", "", Set.of(),
                    EmploymentStatus.ACTIVE, List.of(), List.of(), 1));
        }
        OutputKind[] kinds = OutputKind.values();
        List<Output> outs = new ArrayList<>(researchers * outputsPerResearcher);
        long oid = 1;
        for (int i = 1; i <= researchers; i++) {
            for (int k = 0; k < outputsPerResearcher; k++) {
                OutputKind kind = kinds[rnd.nextInt(kinds.length)];
                int authors = 1 + rnd.nextInt(3);
                List<Contribution> cs = new ArrayList<>(authors);
                double[] shares = authors == 1 ? new double[] {100} : authors == 2 ? new double[] {60, 40}
                        : new double[] {50, 30, 20};
                cs.add(new Contribution(new ResearcherId(i), 1, true, shares[0]));
                for (int a = 1; a < authors; a++) {
                    long other = 1 + rnd.nextInt(researchers);
                    if (other != i) {
                        cs.add(new Contribution(new ResearcherId(other), a + 1, false, shares[a]));
                    }
                }
                LocalDate date = REFERENCE.minusDays(rnd.nextInt(8 * 365));
                Map<String, String> attrs = attributes(kind, rnd);
                boolean paper = kind.isPaper();
                outs.add(new Output(new OutputId(oid++), kind, kind + " " + oid, date, "", "", "",
                        paper && rnd.nextInt(3) == 0, paper ? rnd.nextInt(80) : null, paper ? "OpenAlex" : null,
                        paper ? REFERENCE : null, paper && rnd.nextBoolean() ? rnd.nextDouble() * 3 : null, attrs, cs,
                        1));
            }
        }
        Map<ResearcherId, Double> peer = new HashMap<>();
        Map<ResearcherId, Map<String, Double>> manual = new HashMap<>();
        List<String> manualCodes = new ArrayList<>();
        for (Scheme s : DefaultSchemes.all().values()) {
            for (Dimension d : s.dimensions()) {
                for (Indicator ind : d.indicators()) {
                    if (ind.kind() == IndicatorKind.MANUAL) {
                        manualCodes.add(ind.code());
                    }
                }
            }
        }
        List<RepresentativeWork> works = new ArrayList<>();
        for (int i = 1; i <= researchers; i++) {
            ResearcherId id = new ResearcherId(i);
            peer.put(id, 60 + rnd.nextInt(36) + rnd.nextInt(10) / 10.0);
            Map<String, Double> m = new HashMap<>();
            for (String code : manualCodes) {
                m.put(code, 50 + rnd.nextInt(50) + 0.0);
            }
            manual.put(id, m);
        }
        return new EvaluationInput(rs, outs, works, DefaultSchemes.all(), peer, manual, REFERENCE,
                CycleRules.defaults());
    }

    private static Map<String, String> attributes(OutputKind kind, Random rnd) {
        return switch (kind) {
            case PATENT -> Map.of(OutputAttribute.PATENT_TYPE, rnd.nextBoolean() ? "INVENTION" : "UTILITY_MODEL",
                    OutputAttribute.PATENT_STATUS, new String[] {"APPLIED", "GRANTED", "LICENSED", "TRANSFERRED"}
                            [rnd.nextInt(4)]);
            case TECH_TRANSFER -> Map.of(OutputAttribute.AMOUNT, Integer.toString(10_000 * (1 + rnd.nextInt(500))));
            case PROJECT -> Map.of(OutputAttribute.ROLE, new String[] {"PI", "SUB_PROJECT_LEAD", "PARTICIPANT"}
                            [rnd.nextInt(3)], OutputAttribute.LEVEL,
                    new String[] {"NATIONAL", "PROVINCIAL", "MINISTERIAL", "INSTITUTE"}[rnd.nextInt(4)],
                    OutputAttribute.AMOUNT, Integer.toString(50_000 * (1 + rnd.nextInt(100))));
            case TALENT_CULTIVATION -> Map.of(OutputAttribute.STUDENTS_GRADUATED, Integer.toString(rnd.nextInt(4)));
            case STANDARD -> Map.of(OutputAttribute.STANDARD_LEVEL, "NATIONAL");
            default -> Map.of();
        };
    }
}
