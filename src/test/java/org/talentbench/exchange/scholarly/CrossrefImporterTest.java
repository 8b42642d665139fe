package org.talentbench.exchange.scholarly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.exchange.Fixtures;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;

class CrossrefImporterTest {
    private static final String FIXTURE = "crossref/work-10.7554_elife.01567.json";
    private final CrossrefImporter importer = new CrossrefImporter(LocalDate.of(2026, 1, 15));

    @Test
    void bareMessageGivesTheWorkWithCitationsAsOfItsIndexDate() {
        ScholarlyRecord r = importer.read("w.json", Fixtures.bytes(FIXTURE));
        assertEquals(1, r.works().size());
        Output o = r.works().get(0).output();
        assertEquals("Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl"
                + " secondary growth", o.title());
        assertEquals("10.7554/elife.01567", o.doi());
        assertEquals("eLife", o.venue());
        assertEquals(OutputKind.JOURNAL_PAPER, o.kind());
        assertEquals(LocalDate.of(2014, 2, 11), o.date());
        assertEquals(26, o.citations());
        assertEquals("Crossref", o.citationSource());
        assertEquals(LocalDate.of(2022, 9, 8), o.citationAsOf());
    }

    @Test
    void authorsKeepGivenFamilyAndSequence() {
        ImportedWork w = importer.read("w.json", Fixtures.bytes(FIXTURE)).works().get(0);
        assertEquals(5, w.authors().size());
        assertEquals(new ImportedAuthor("Martial Sankar", "Martial", "Sankar", "", 1, false), w.authors().get(0));
        assertEquals(new ImportedAuthor("Christian S Hardtke", "Christian S", "Hardtke", "", 5, false),
                w.authors().get(4));
    }

    @Test
    void fundersAreKeptOnceEachInOrder() {
        Output o = importer.read("w.json", Fixtures.bytes(FIXTURE)).works().get(0).output();
        assertEquals("SystemsX; EMBO longterm post-doctoral fellowships; Marie Heim-Voegtlin; University of Lausanne;"
                + " EMBO; Swiss National Science Foundation", o.attribute(OutputAttribute.FUNDER));
    }

    @Test
    void envelopedMessageReadsTheSame() {
        String body = new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8);
        String envelope = "{\"status\":\"ok\",\"message-type\":\"work\",\"message-version\":\"1.0.0\",\"message\":"
                + body + "}";
        ScholarlyRecord r = importer.read("env.json", envelope.getBytes(StandardCharsets.UTF_8));
        ScholarlyRecord bare = importer.read("w.json", Fixtures.bytes(FIXTURE));
        assertEquals(bare.works(), r.works());
    }

    @Test
    void envelopeOfAnotherMessageTypeIsRefused() {
        String json = "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[]}}";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read("list.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportCodes.JSON_UNEXPECTED_SHAPE, e.code());
    }

    @Test
    void titleOfTheWrongTypeIsRefusedWithItsPointer() {
        String json = "{\"DOI\":\"10.1/x\",\"title\":[{\"oops\":1}],\"issued\":{\"date-parts\":[[2020]]}}";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read("t.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("/title/0"), e.problems().stream().map(p -> p.location()).toList());
    }
}
