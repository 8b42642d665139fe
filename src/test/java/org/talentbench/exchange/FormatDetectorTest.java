package org.talentbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

    @ParameterizedTest
    @CsvSource({
        "orcid/record-full-3.0.json, ORCID_JSON",
        "orcid/record-3.0.xml, ORCID_XML",
        "orcid/activities-3.0.xml, ORCID_XML",
        "orcid/works-3.0.xml, ORCID_XML",
        "orcid/work-full-3.0.xml, ORCID_XML",
        "orcid/employments-3.0.xml, ORCID_XML",
        "orcid/fundings-3.0.xml, ORCID_XML",
        "orcid/person-3.0.xml, ORCID_XML",
        "openalex/A5023888391.json, OPENALEX_AUTHOR",
        "openalex/A5317838346.json, OPENALEX_AUTHOR",
        "openalex/W2741809807.json, OPENALEX_WORK",
        "openalex/works-list-page1_W2755950973_W2741809807.json, OPENALEX_LIST",
        "crossref/work-10.7554_elife.01567.json, CROSSREF_WORK",
    })
    void everyFixtureIsRecognisedFromItsContent(String fixture, ImportFormat expected) {
        byte[] bytes = Fixtures.bytes(fixture);
        assertEquals(expected, FormatDetector.detect(bytes, "misleading.xlsx"));
    }

    @ParameterizedTest
    @CsvSource({
        "orcid/record-full-3.0.json, ORCID_JSON",
        "openalex/W2741809807.json, OPENALEX_WORK",
        "openalex/A5023888391.json, OPENALEX_AUTHOR",
    })
    void aShortHeadIsEnough(String fixture, ImportFormat expected) {
        byte[] head = java.util.Arrays.copyOf(Fixtures.bytes(fixture), 300);
        assertEquals(expected, FormatDetector.detect(head, "x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "工号,姓名,类别\\nE1,张三,基础研究 | a.txt | CSV",
        "employeeNo;nameZh\\nE1;x | a.dat | CSV",
        "a\\tb\\n1\\t2 | noext | CSV",
        "just words | a.bin | UNKNOWN",
        "just words | a.csv | CSV",
        "<html><body/></html> | a.xml | UNKNOWN",
        "{\"hello\": 1} | a.json | UNKNOWN",
        "[1, 2] | a.json | UNKNOWN",
    })
    void textIsToldApart(String content, String name, ImportFormat expected) {
        assertEquals(expected, FormatDetector.detect(content.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8),
                name));
    }

    @org.junit.jupiter.api.Test
    void crossrefEnvelopeIsRecognised() {
        byte[] b = "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{}}".getBytes(StandardCharsets.UTF_8);
        assertEquals(ImportFormat.CROSSREF_WORK, FormatDetector.detect(b, "x.json"));
    }

    @org.junit.jupiter.api.Test
    void emptyOrLegacyExcelIsUnknown() {
        assertEquals(ImportFormat.UNKNOWN, FormatDetector.detect(new byte[0], "a.csv"));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals(ImportFormat.UNKNOWN, FormatDetector.detect(ole2, "a.xls"));
    }
}
