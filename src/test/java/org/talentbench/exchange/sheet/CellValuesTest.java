package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2020-03-05", "2020/3/5", "2020年3月5日", "2020年03月05日", "2020.3.5", "20200305",
        "2020-3-5", "２０２０－０３－０５", "2020-03-05T08:30:00", " 2020/03/05 "})
    void everyAcceptedDateFormReadsTheSameDay(String text) {
        assertEquals(Optional.of(LocalDate.of(2020, 3, 5)), CellValues.parseDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-30", "2020/13/1", "3/5/2020", "2020", "yesterday", "2020年3月", ""})
    void impossibleOrAmbiguousDatesAreRefused(String text) {
        assertEquals(Optional.empty(), CellValues.parseDate(text));
    }

    /** Reference serials: Excel's documented 1900 date system (1 = 1900-01-01, 60 = the fictitious 29 Feb 1900). */
    @ParameterizedTest
    @CsvSource({
        "1, 1900-01-01",
        "59, 1900-02-28",
        "61, 1900-03-01",
        "43831, 2020-01-01",
        "43831.75, 2020-01-01",
        "2958465, 9999-12-31",
    })
    void excelSerialNumbersInThe1900System(String serial, LocalDate expected) {
        assertEquals(Optional.of(expected), CellValues.fromSerial(new BigDecimal(serial), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "60", "-1", "2958466"})
    void serialsWithoutADayAreRefused(String serial) {
        assertEquals(Optional.empty(), CellValues.fromSerial(new BigDecimal(serial), false));
    }

    @ParameterizedTest
    @CsvSource({"0, 1904-01-01", "1, 1904-01-02"})
    void excelSerialNumbersInThe1904System(String serial, LocalDate expected) {
        assertEquals(Optional.of(expected), CellValues.fromSerial(new BigDecimal(serial), true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"是|true", "否|false", "Yes|true", "n|false", "TRUE|true", "0|false", "√|true"})
    void yesNoInEitherLanguage(String text, boolean expected) {
        assertEquals(Optional.of(expected), CellValues.parseBoolean(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,200,000|1200000", "１２.５|12.5", "60.0|60", "1e3|1000"})
    void numbersWithSeparatorsAndFullWidthDigits(String text, String plain) {
        assertEquals(plain, CellValues.plain(CellValues.parseNumber(text).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"42|42", "+7|7", "5.|5", ".5|0.5", "0050.250|50.25", " 12 |12", "-3|-3"})
    void plainDecimalsReadAsWritten(String text, String plain) {
        assertEquals(plain, CellValues.plain(CellValues.parseNumber(text).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {".", "+", "1.2.3", "1-2", "--1", "12a", "1,23"})
    void malformedNumbersAreRefused(String text) {
        assertEquals(Optional.empty(), CellValues.parseNumber(text));
    }
}
