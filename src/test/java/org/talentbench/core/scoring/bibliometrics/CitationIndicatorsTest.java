package org.talentbench.core.scoring.bibliometrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.InvalidInputException;

/** Reference values from /work/shared/reference/mcda-reference.md, section "h-index and g-index". */
class CitationIndicatorsTest {

    @ParameterizedTest(name = "{0} -> h {1}, g padded {2}, g capped {3}")
    @CsvSource(delimiter = '|', value = {
            "8 5 5 4 4 1 0 | 4 | 5 | 5",
            "4 4 4 4 0 0   | 4 | 4 | 4",
            "15 10 5 3     | 3 | 5 | 4",
    })
    void hAndBothGIndicesMatchBecomingMetricWise(String citations, int h, int gPadded, int gCapped) {
        CitationIndicators indicators = CitationIndicators.of(parse(citations));

        assertEquals(h, indicators.h());
        assertEquals(gPadded, indicators.gPadded());
        assertEquals(gCapped, indicators.gCapped());
    }

    @Test
    void totalAndI10CountAllPapers() {
        CitationIndicators indicators = CitationIndicators.of(new int[] {15, 10, 5, 3});

        assertEquals(33, indicators.total());
        assertEquals(2, indicators.i10());
    }

    @Test
    void orderOfTheCountsDoesNotMatter() {
        assertEquals(CitationIndicators.of(new int[] {8, 5, 5, 4, 4, 1, 0}),
                CitationIndicators.of(new int[] {0, 4, 8, 1, 5, 4, 5}));
    }

    @Test
    void noPapersGiveZeros() {
        assertEquals(new CitationIndicators(0, 0, 0, 0, 0), CitationIndicators.of(new int[0]));
    }

    @Test
    void oneHighlyCitedPaperHasPaddedGAboveOne() {
        // 100 citations: 100 >= 10² but < 11², so padded g is 10 while only one paper exists
        CitationIndicators indicators = CitationIndicators.of(new int[] {100});

        assertEquals(1, indicators.h());
        assertEquals(10, indicators.gPadded());
        assertEquals(1, indicators.gCapped());
    }

    @Test
    void inputIsNotModified() {
        int[] citations = {1, 3, 2};
        CitationIndicators.of(citations);
        assertEquals(List.of(1, 3, 2), Arrays.stream(citations).boxed().toList());
    }

    @Test
    void negativeCountIsRefusedNamingThePaper() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> CitationIndicators.of(new int[] {3, -1}));

        assertEquals("bibliometrics.negativeCitations", error.code());
        assertEquals(List.of(2, -1), error.args());
    }

    private static int[] parse(String citations) {
        return Arrays.stream(citations.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
