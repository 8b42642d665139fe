package org.talentbench.core.researcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrcidTest {

    /** iDs published by ORCID as examples of valid identifiers (support.orcid.org, "Structure of the ORCID Identifier"). */
    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X", "8888-8888-8888-8880"})
    void publishedExampleIdsAreValid(String id) {
        assertTrue(Orcid.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0000-0002-1825-0098",                   // wrong check digit
            "0000-0002-1694-2330",                   // X expected
            "8888-8888-8888-8881",
            "0000-0002-1825-009",                    // too short
            "0000-0002-1825-00970",                  // too long
            "0000000218250097",                      // no hyphens
            "0000-0002-1694-233x",                   // lower-case check character
            "0000 0002 1825 0097",                   // blanks instead of hyphens
            "https://orcid.org/0000-0002-1825-0097", // URL form is not the stored form
            "000A-0002-1825-0097",                   // letter in the digits
            "0000-000X-1825-0097"                    // X only allowed last
    })
    void malformedOrMistypedIdsAreInvalid(String id) {
        assertFalse(Orcid.isValid(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingIdIsInvalid(String id) {
        assertFalse(Orcid.isValid(id));
    }

    @ParameterizedTest
    @CsvSource({
            "000000021825009, 7",
            "000000015109370, 0",
            "000000021694233, X",
            "888888888888888, 0"
    })
    void checkDigitMatchesPublishedExamples(String first15, char expected) {
        assertEquals(expected, Orcid.checkDigit(first15));
    }

    @Test
    void checkDigitRefusesSomethingOtherThanFifteenDigits() {
        assertThrows(IllegalArgumentException.class, () -> Orcid.checkDigit("12345"));
        assertThrows(IllegalArgumentException.class, () -> Orcid.checkDigit("0000-0002-1825-0"));
        assertThrows(IllegalArgumentException.class, () -> Orcid.checkDigit(null));
    }

    @Test
    void formatWritesTheHyphenatedFormWithItsCheckCharacter() {
        assertEquals("0000-0002-1694-233X", Orcid.format("000000021694233"));
    }
}
