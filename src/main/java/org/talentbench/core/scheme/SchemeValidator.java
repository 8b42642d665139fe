package org.talentbench.core.scheme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.talentbench.core.InvalidInputException;

/**
 * Structural rules every scheme must satisfy before it can score anyone:
 * <ul>
 *   <li>an id, a positive version, and exactly the three dimensions INNOVATION, QUALITY, CONTRIBUTION;</li>
 *   <li>unique, non-empty codes; labels in both languages; at least one indicator per dimension;</li>
 *   <li>weights non-negative and summing to 1 (±{@value #TOLERANCE}) within each level — required for DIRECT
 *       weighting, and checked for the other methods whenever weights are written at all;</li>
 *   <li>SUM and MAX name an attribute, CAP has a value, PROFILE names its field;</li>
 *   <li>AHP and COMBINED carry square, positive, reciprocal pairwise matrices of the right size for every level;
 *       α lies in [0, 1].</li>
 * </ul>
 * Stateless.
 */
public final class SchemeValidator {
    public static final double TOLERANCE = 1e-6;
    private static final double RECIPROCAL_TOLERANCE = 0.01;

    private SchemeValidator() {
    }

    /** Throws the first problem as an {@link InvalidInputException} (code, path, args…). */
    public static Scheme validate(Scheme s) {
        List<SchemeProblem> problems = problems(s);
        if (!problems.isEmpty()) {
            SchemeProblem p = problems.get(0);
            List<Object> args = new ArrayList<>();
            args.add(p.path());
            args.addAll(p.args());
            throw new InvalidInputException(p.code(), args.toArray());
        }
        return s;
    }

    /** Every structural problem, in scheme order. */
    public static List<SchemeProblem> problems(Scheme s) {
        List<SchemeProblem> out = new ArrayList<>();
        if (s.id().isBlank()) {
            out.add(p("scheme.missingId", ""));
        }
        if (s.version() < 1) {
            out.add(p("scheme.versionInvalid", "", s.version()));
        }
        if (s.cycle() == null) {
            out.add(p("scheme.missingCycle", "cycle"));
        }
        List<String> codes = s.dimensions().stream().map(Dimension::code).toList();
        if (!new HashSet<>(codes).equals(new HashSet<>(Dimension.CODES)) || codes.size() != 3) {
            out.add(p("scheme.dimensionsMustBeThree", "dimensions", String.join(",", codes)));
        }
        boolean direct = s.weighting().method() == WeightingMethod.DIRECT;
        checkLevel(out, "dimensions", s.dimensions().stream().mapToDouble(Dimension::weight).toArray(), direct);
        Set<String> seen = new HashSet<>();
        for (Dimension d : s.dimensions()) {
            labels(out, d.code(), d.labelZh(), d.labelEn());
            if (d.indicators().isEmpty()) {
                out.add(p("scheme.indicatorsEmpty", d.code()));
                continue;
            }
            checkLevel(out, d.code(), d.indicators().stream().mapToDouble(Indicator::weight).toArray(), direct);
            for (Indicator i : d.indicators()) {
                String path = Scheme.path(d, i);
                if (i.code().isBlank()) {
                    out.add(p("scheme.missingCode", path));
                } else if (!seen.add(i.code())) {
                    out.add(p("scheme.duplicateCode", path, i.code()));
                }
                labels(out, path, i.labelZh(), i.labelEn());
                if ((i.kind() == IndicatorKind.SUM || i.kind() == IndicatorKind.MAX)
                        && (i.attribute() == null || i.attribute().isBlank())) {
                    out.add(p("scheme.kindNeedsAttribute", path, i.kind()));
                }
                if (i.kind() == IndicatorKind.PROFILE && i.profileField() == null) {
                    out.add(p("scheme.profileNeedsField", path));
                }
                for (Transform t : i.transforms()) {
                    if (t.type() == TransformKind.CAP && (t.value() == null || t.value().isNaN())) {
                        out.add(p("scheme.capNeedsValue", path));
                    }
                }
            }
            if (s.weighting().needsMatrices()) {
                matrix(out, d.code(), d.pairwise(), d.indicators().size());
            }
        }
        Set<String> gateCodes = new HashSet<>();
        for (Gate g : s.gates()) {
            String path = "gates/" + g.code();
            if (g.code().isBlank()) {
                out.add(p("scheme.missingCode", path));
            } else if (!gateCodes.add(g.code()) || seen.contains(g.code())) {
                out.add(p("scheme.duplicateCode", path, g.code()));
            }
            labels(out, path, g.labelZh(), g.labelEn());
        }
        if (s.weighting().needsMatrices()) {
            matrix(out, "weighting", s.weighting().dimensions(), s.dimensions().size());
        }
        double alpha = s.weighting().alpha();
        if (!(alpha >= 0 && alpha <= 1)) {
            out.add(p("scheme.alphaOutOfRange", "weighting", alpha));
        }
        return out;
    }

    private static void labels(List<SchemeProblem> out, String path, String zh, String en) {
        if (zh.isBlank() || en.isBlank()) {
            out.add(p("scheme.missingLabel", path));
        }
    }

    private static void checkLevel(List<SchemeProblem> out, String path, double[] weights, boolean required) {
        double sum = 0;
        boolean any = false;
        for (double w : weights) {
            if (w < 0 || Double.isNaN(w)) {
                out.add(p("scheme.weightNegative", path, w));
                return;
            }
            sum += w;
            any |= w != 0;
        }
        if ((required || any) && Math.abs(sum - 1.0) > TOLERANCE) {
            out.add(p("scheme.weightsDoNotSumToOne", path, sum));
        }
    }

    private static void matrix(List<SchemeProblem> out, String path, PairwiseMatrix m, int n) {
        if (m == null) {
            out.add(p("scheme.pairwiseMissing", path));
            return;
        }
        if (m.size() != n || m.rows().stream().anyMatch(r -> r.size() != n)) {
            out.add(p("scheme.pairwiseSize", path, n, m.size()));
            return;
        }
        double[][] a;
        try {
            a = m.toArray(path);
        } catch (InvalidInputException e) {
            out.add(new SchemeProblem(e.code(), path, e.args().subList(1, e.args().size()).stream()
                    .map(String::valueOf).toList()));
            return;
        }
        for (int i = 0; i < n; i++) {
            if (Math.abs(a[i][i] - 1.0) > RECIPROCAL_TOLERANCE) {
                out.add(p("scheme.pairwiseDiagonal", path, i + 1));
                return;
            }
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1.0) > RECIPROCAL_TOLERANCE) {
                    out.add(p("scheme.pairwiseNotReciprocal", path, i + 1, j + 1));
                    return;
                }
            }
        }
    }

    private static SchemeProblem p(String code, String path, Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        return new SchemeProblem(code, path, a);
    }
}
