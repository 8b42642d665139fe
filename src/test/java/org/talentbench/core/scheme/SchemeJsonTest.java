package org.talentbench.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.researcher.ResearchCategory;

class SchemeJsonTest {
    @ParameterizedTest
    @EnumSource(ResearchCategory.class)
    void defaultSchemesSurviveAWriteAndReadRoundTrip(ResearchCategory category) {
        Scheme s = DefaultSchemes.forCategory(category);
        String json = SchemeJson.write(s);
        assertEquals(s, SchemeJson.read(json));
        assertEquals(json, SchemeJson.write(SchemeJson.read(json)), "writing is stable");
    }

    @Test
    void shippedJsonParsesToTheSchemeTheLoaderReturns() {
        assertEquals(DefaultSchemes.forCategory(ResearchCategory.APPLIED),
                SchemeJson.read(DefaultSchemes.json(ResearchCategory.APPLIED)));
    }

    @Test
    void unknownFieldsAreRefusedRatherThanDropped() {
        String json = DefaultSchemes.json(ResearchCategory.BASIC).replace("\"version\": 1,",
                "\"version\": 1, \"wieght\": 3,");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SchemeJson.read(json));
        assertEquals("scheme.jsonInvalid", e.code());
    }

    @Test
    void malformedTextIsReportedWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SchemeJson.read("{\n  \"id\": \"x\",\n  oops\n}"));
        assertEquals("scheme.jsonInvalid", e.code());
        assertEquals(3, e.args().get(0));
    }

    @Test
    void pairwiseEntriesMayBeFractionsOrNumbersAndStayExact() {
        Scheme s = DefaultSchemes.forCategory(ResearchCategory.BASIC).withWeighting(
                new Weighting(WeightingMethod.AHP, null, new PairwiseMatrix(List.of(
                        List.of("1", "3", "5"), List.of("1/3", "1", "3"), List.of("1/5", "1/3", "1")))));
        String json = SchemeJson.write(s);
        String numeric = json.replace("\"1/3\"", "0.3333333333333333").replace("\"3\"", "3");
        Scheme back = SchemeJson.read(numeric);
        double[][] a = back.weighting().dimensions().toArray("weighting");
        assertEquals(3.0, a[0][1]);
        assertEquals(1.0 / 3.0, a[1][0]);
        assertEquals(0.2, SchemeJson.read(json).weighting().dimensions().toArray("weighting")[2][0]);
    }
}
