package org.talentbench.exchange.scholarly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.talentbench.exchange.ImportFormat;

class OpenAlexImporterTest {
    private static final LocalDate IMPORT_DAY = LocalDate.of(2026, 1, 15);
    private final OpenAlexImporter importer = new OpenAlexImporter(IMPORT_DAY);

    private ScholarlyRecord read(String fixture) {
        return importer.read(Fixtures.name(fixture), Fixtures.bytes(fixture));
    }

    @Test
    void authorGivesIdentityOrcidAndSummaryFigures() {
        ScholarlyRecord r = read("openalex/A5023888391.json");
        assertEquals(ImportFormat.OPENALEX_AUTHOR, r.format());
        assertEquals(new ScholarlyIdentity("0000-0001-6187-6610", "", "", "Jason Priem", "A5023888391", false),
                r.identity());
        assertEquals(new AuthorMetrics(62, 3890, 17, 20, 6.0, "OpenAlex", LocalDate.of(2025, 6, 8)), r.metrics());
        assertTrue(r.works().isEmpty());
    }

    @Test
    void deletedAuthorImportsAsAnEmptyDeletedAuthor() {
        ScholarlyRecord r = read("openalex/A5317838346.json");
        assertTrue(r.identity().deleted());
        assertEquals("A5317838346", r.identity().openAlexId());
        assertEquals("", r.identity().orcid());
        assertEquals(new AuthorMetrics(0, 0, 0, 0, 0.0, "OpenAlex", LocalDate.of(2023, 11, 9)), r.metrics());
        assertTrue(r.works().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(p -> p.code().equals(ImportCodes.OPENALEX_DELETED_AUTHOR)));
    }

    @Test
    void workGivesOutputWithCitationsAsOfItsUpdateDateAndFwci() {
        ScholarlyRecord r = read("openalex/W2741809807.json");
        assertEquals(1, r.works().size());
        ImportedWork w = r.works().get(0);
        Output o = w.output();
        assertEquals("W2741809807", w.sourceKey());
        assertEquals("The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles",
                o.title());
        assertEquals(OutputKind.JOURNAL_PAPER, o.kind());
        assertEquals(LocalDate.of(2018, 2, 13), o.date());
        assertEquals("PeerJ", o.venue());
        assertEquals("10.7717/peerj.4375", o.doi());
        assertEquals(962, o.citations());
        assertEquals("OpenAlex", o.citationSource());
        assertEquals(LocalDate.of(2025, 6, 11), o.citationAsOf());
        assertEquals(76.282, o.fieldNormalisedImpact());
    }

    @Test
    void workKeepsItsNineAuthorshipsInOrderWithOrcids() {
        ImportedWork w = read("openalex/W2741809807.json").works().get(0);
        assertEquals(9, w.authors().size());
        assertEquals(new ImportedAuthor("Heather Piwowar", "", "", "0000-0003-1613-5981", 1, false),
                w.authors().get(0));
        assertEquals(new ImportedAuthor("Stefanie Haustein", "", "", "0000-0003-0157-1430", 9, false),
                w.authors().get(8));
        assertTrue(w.output().attribute(OutputAttribute.AUTHORS).startsWith("Heather Piwowar; Jason Priem; "));
    }

    @Test
    void listPageGivesBothWorksWithTheirOwnSnapshotCounts() {
        ScholarlyRecord r = read("openalex/works-list-page1_W2755950973_W2741809807.json");
        assertEquals(ImportFormat.OPENALEX_LIST, r.format());
        assertEquals(List.of("W2755950973", "W2741809807"), r.works().stream().map(ImportedWork::sourceKey).toList());
        Output first = r.works().get(0).output();
        assertEquals("10.1016/j.joi.2017.08.007", first.doi());
        assertEquals("Journal of Informetrics", first.venue());
        assertEquals(9231, first.citations());
        assertEquals(105.621, first.fieldNormalisedImpact());
        assertEquals(LocalDate.of(2025, 5, 2), first.citationAsOf());
        Output same = r.works().get(1).output();
        assertEquals(957, same.citations());
        assertEquals(LocalDate.of(2025, 5, 12), same.citationAsOf());
        assertEquals(76.274, same.fieldNormalisedImpact());
        ImportedAuthor corresponding = r.works().get(0).authors().get(0);
        assertEquals("Massimo Aria", corresponding.displayName());
        assertTrue(corresponding.corresponding());
    }

    @Test
    void recordWithoutUpdateDateTakesTheImportDate() {
        String json = "{\"id\":\"https://openalex.org/W1\",\"title\":\"T\",\"publication_year\":2020,"
                + "\"type\":\"article\",\"cited_by_count\":3}";
        Output o = importer.read("w.json", json.getBytes(StandardCharsets.UTF_8)).works().get(0).output();
        assertEquals(IMPORT_DAY, o.citationAsOf());
        assertEquals(LocalDate.of(2020, 1, 1), o.date());
        assertNull(o.fieldNormalisedImpact());
    }

    @Test
    void listWithAnAuthorAmongTheWorksIsRefused() {
        String json = "{\"meta\":{\"count\":1},\"results\":[{\"id\":\"https://openalex.org/A1\"}]}";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read("l.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("/results/0/id", e.problems().get(0).location());
    }

    @Test
    void truncatedJsonIsRefusedNotHalfRead() {
        byte[] full = Fixtures.bytes("openalex/W2741809807.json");
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 100);
        ImportException e = assertThrows(ImportException.class, () -> importer.read("W.json", cut));
        assertEquals(ImportCodes.JSON_MALFORMED, e.code());
    }
}
