package org.talentbench.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.scheme.TestSchemes.count;
import static org.talentbench.core.scheme.TestSchemes.dimension;
import static org.talentbench.core.scheme.TestSchemes.judgement;
import static org.talentbench.core.scheme.TestSchemes.scheme;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;

class SchemeValidatorTest {
    private static Scheme valid() {
        return scheme("t", ResearchCategory.APPLIED, 3,
                dimension("INNOVATION", 0.5, count("A", 0.6, List.of(OutputKind.PATENT), null),
                        judgement("B", 0.4, IndicatorKind.MANUAL)),
                dimension("QUALITY", 0.3, count("C", 1.0, List.of(OutputKind.STANDARD), null)),
                dimension("CONTRIBUTION", 0.2, count("D", 1.0, List.of(OutputKind.ACADEMIC_SERVICE), null)));
    }

    @Test
    void aWellFormedSchemeHasNoProblems() {
        assertEquals(List.of(), SchemeValidator.problems(valid()));
    }

    @Test
    void indicatorWeightsThatDoNotSumToOneAreRefusedWithTheirPath() {
        Scheme s = valid();
        Dimension bad = s.dimensions().get(0).withIndicators(List.of(
                count("A", 0.6, List.of(OutputKind.PATENT), null), judgement("B", 0.3, IndicatorKind.MANUAL)));
        Scheme broken = s.withDimensions(List.of(bad, s.dimensions().get(1), s.dimensions().get(2)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SchemeValidator.validate(broken));
        assertEquals("scheme.weightsDoNotSumToOne", e.code());
        assertEquals("INNOVATION", e.args().get(0));
        assertEquals(0.9, Double.parseDouble((String) e.args().get(1)), 1e-12);
    }

    @Test
    void dimensionWeightsMustSumToOne() {
        Scheme s = valid();
        Scheme broken = s.withDimensions(List.of(s.dimensions().get(0).withWeight(0.6), s.dimensions().get(1),
                s.dimensions().get(2)));
        assertEquals("scheme.weightsDoNotSumToOne", SchemeValidator.problems(broken).get(0).code());
        assertEquals("dimensions", SchemeValidator.problems(broken).get(0).path());
    }

    @Test
    void exactlyTheThreeDimensionsAreRequired() {
        Scheme s = valid();
        Scheme two = s.withDimensions(List.of(s.dimensions().get(0).withWeight(0.6),
                s.dimensions().get(1).withWeight(0.4)));
        assertTrue(SchemeValidator.problems(two).stream().anyMatch(p -> p.code().equals("scheme.dimensionsMustBeThree")));
    }

    @Test
    void sumWithoutAttributeAndDuplicateCodesAreReported() {
        Scheme s = valid();
        Indicator sumNoAttr = new Indicator("D", "丁", "D", 1.0, IndicatorKind.SUM, List.of(OutputKind.TECH_TRANSFER),
                null, null, true, null, null, null, null);
        Scheme broken = s.withDimensions(List.of(s.dimensions().get(0), s.dimensions().get(1),
                s.dimensions().get(2).withIndicators(List.of(sumNoAttr.withWeight(0.5),
                        count("A", 0.5, List.of(OutputKind.PATENT), null)))));
        List<String> codes = SchemeValidator.problems(broken).stream().map(SchemeProblem::code).toList();
        assertTrue(codes.contains("scheme.kindNeedsAttribute"), codes.toString());
        assertTrue(codes.contains("scheme.duplicateCode"), codes.toString());
    }

    @Test
    void ahpSchemesNeedMatricesOfTheRightSize() {
        Scheme ahp = valid().withWeighting(new Weighting(WeightingMethod.AHP, null,
                PairwiseMatrix.of(new double[][] {{1, 2}, {0.5, 1}})));
        List<String> codes = SchemeValidator.problems(ahp).stream().map(SchemeProblem::code).toList();
        assertTrue(codes.contains("scheme.pairwiseSize"), codes.toString());
        assertTrue(codes.contains("scheme.pairwiseMissing"), codes.toString());
    }
}
