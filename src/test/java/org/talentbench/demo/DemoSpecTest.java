package org.talentbench.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentbench.core.InvalidInputException;

class DemoSpecTest {

    @Test
    void standardSpecIs240ResearchersSeed20260630AndThirtiethOfJune2026() {
        DemoSpec spec = DemoSpec.standard();
        assertEquals(240, spec.researchers());
        assertEquals(20260630L, spec.seed());
        assertEquals(LocalDate.of(2026, 6, 30), spec.referenceDate());
        assertEquals(LocalDate.of(2018, 6, 30), spec.windowStart());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 100_001})
    void researcherCountOutsideOneToHundredThousandIsRefused(int n) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new DemoSpec(n, 1, LocalDate.of(2026, 6, 30)));
        assertEquals("demo.researchers.outOfRange", e.code());
        assertEquals(n, e.args().get(0));
    }

    @Test
    void missingReferenceDateIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new DemoSpec(10, 1, null));
        assertEquals("demo.referenceDate.missing", e.code());
    }
}
