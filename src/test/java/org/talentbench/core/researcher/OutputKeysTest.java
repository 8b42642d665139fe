package org.talentbench.core.researcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputKeysTest {

    @ParameterizedTest
    @CsvSource({
            "10.1360/SSI-2022-0001, 10.1360/ssi-2022-0001",
            "https://doi.org/10.1360/ssi-2022-0001, 10.1360/ssi-2022-0001",
            "' doi:10.1038/S41586-021-03819-2 ', 10.1038/s41586-021-03819-2",
            "http://dx.doi.org/10.1000/182, 10.1000/182",
            "'', ''",
    })
    void doisAreComparedBareAndLowerCase(String raw, String normalised) {
        assertEquals(normalised, OutputKeys.doi(raw));
    }

    @ParameterizedTest
    @CsvSource({
            "PATENT, CN202310123456.7, 2023101234567",
            "PATENT, ZL 2023 1 0123456.7, 2023101234567",
            "STANDARD, GB/T 13745-2009, GBT137452009",
            "SOFTWARE_COPYRIGHT, 2024SR0123456, 2024SR0123456",
    })
    void identifiersIgnoreSpacingPunctuationAndPatentPrefixes(OutputKind kind, String raw, String normalised) {
        assertEquals(normalised, OutputKeys.externalId(kind, raw));
    }

    @ParameterizedTest
    @CsvSource({
            "'Sparse Attention for Long Documents.', sparseattentionforlongdocuments",
            "'面向长文档的稀疏注意力机制（综述）', 面向长文档的稀疏注意力机制综述",
            "'ＧＰＵ　加速', gpu加速",
    })
    void titlesKeepOnlyLettersAndDigits(String raw, String normalised) {
        assertEquals(normalised, OutputKeys.title(raw));
    }

    private static Output output(OutputKind kind, String title, int year, String doi, String id) {
        return new Output(new OutputId(1), kind, title, LocalDate.of(year, 6, 1), "", doi, id, false, null, "", null,
                null, Map.of(), List.of(), 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "same DOI different title, JOURNAL_PAPER, A, 2023, 10.1/x, '', CONFERENCE_PAPER, B, 2020, https://doi.org/10.1/X, '', DOI",
            "same title and year, JOURNAL_PAPER, 'Deep nets.', 2023, '', '', CONFERENCE_PAPER, 'deep  NETS', 2023, '', '', TITLE_AND_YEAR",
            "same title other year, JOURNAL_PAPER, Deep nets, 2023, '', '', JOURNAL_PAPER, Deep nets, 2024, '', '', ''",
            "same title other kind, DATASET, Deep nets, 2023, '', '', JOURNAL_PAPER, Deep nets, 2023, '', '', ''",
            "same patent number, PATENT, 一种装置, 2023, '', CN202310123456.7, PATENT, 一种新装置, 2025, '', ZL202310123456.7, EXTERNAL_ID",
            "same number other kind, STANDARD, X, 2023, '', T/JS 001-2023, PATENT, Y, 2023, '', T/JS 001-2023, ''",
    })
    void duplicatesAreFoundByDoiNumberOrTitleAndYear(String name, OutputKind ka, String ta, int ya, String da,
                                                     String ea, OutputKind kb, String tb, int yb, String db, String eb,
                                                     String expected) {
        Optional<OutputKeys.Match> m = OutputKeys.match(output(ka, ta, ya, da, ea), output(kb, tb, yb, db, eb));
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(OutputKeys.Match.valueOf(expected)), m);
    }
}
