package org.talentbench.core.researcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrcidTest {

    /** Identifiers published by ORCID as examples of the structure, and the record of the ORCID API samples. */
    @ParameterizedTest
    @CsvSource({
        "0000-0002-1825-0097, 7",
        "0000-0001-5109-3700, 0",
        "0000-0002-1694-233X, X",
        "8888-8888-8888-8880, 0",
    })
    void checkDigitOfPublishedIdentifiers(String id, char expected) {
        assertEquals(expected, Orcid.checkDigit(id.substring(0, 18).replace("-", "")));
        assertTrue(Orcid.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0098", "8888-8888-8888-8888", "0000-0002-1825-009", "0000000218250097",
        "0000-0002-1694-233x", ""})
    void wrongCheckDigitOrFormIsNotValid(String id) {
        assertFalse(Orcid.isValid(id));
    }
}
