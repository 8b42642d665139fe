package org.talentbench.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

    /**
     * The CNIPA worked example: application 201710601862.3 — (2·2 + 0·3 + 1·4 + 7·5 + 1·6 + 0·7 + 6·8 + 0·9 + 1·2
     * + 8·3 + 6·4 + 2·5) mod 11 = 3.
     */
    @Test
    void patentCheckDigitMatchesTheWorkedExample() {
        assertEquals('3', Identifiers.cnPatentCheck("201710601862"));
    }

    @Test
    void patentNumberCarriesYearTypeSerialAndCheck() {
        String number = Identifiers.cnPatentNumber(2017, 1, 601862);
        assertEquals("CN201710601862.3", number);
    }

    /** ISBN-13 examples: the ISO 2108 / Wikipedia example and Introduction to Algorithms, 3rd ed. (MIT Press). */
    @ParameterizedTest
    @CsvSource({"978030640615, 7", "978026203384, 8"})
    void isbnCheckDigitMatchesKnownIsbns(String first12, int check) {
        assertEquals(check, Identifiers.isbn13Check(first12));
    }

    @Test
    void isbnIsWrittenWithHyphensAndThirteenDigits() {
        String isbn = Identifiers.isbn13("7-03", 41234);
        assertTrue(isbn.matches("978-7-03-\\d{6}-\\d"), isbn);
        assertEquals(13, isbn.replace("-", "").length());
    }
}
