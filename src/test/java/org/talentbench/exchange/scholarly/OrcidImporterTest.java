package org.talentbench.exchange.scholarly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.talentbench.exchange.ImportProblem;

class OrcidImporterTest {
    private final OrcidImporter importer = new OrcidImporter();

    private ScholarlyRecord read(String fixture) {
        return importer.read(Fixtures.name(fixture), Fixtures.bytes(fixture));
    }

    private static boolean warned(ScholarlyRecord r, String code) {
        return r.warnings().stream().map(ImportProblem::code).anyMatch(code::equals);
    }

    @Test
    void worksSectionGivesItsThreeWorksWithTypesDatesAndJournal() {
        ScholarlyRecord r = read("orcid/works-3.0.xml");
        assertEquals(ImportFormat.ORCID_XML, r.format());
        assertEquals("8888-8888-8888-8880", r.identity().orcid());
        List<Output> outputs = r.works().stream().map(ImportedWork::output).toList();
        assertEquals(List.of("Work # 0", "Work # 1", "Work # 2"), outputs.stream().map(Output::title).toList());
        assertEquals(List.of(OutputKind.CONFERENCE_PAPER, OutputKind.CONFERENCE_PAPER, OutputKind.JOURNAL_PAPER),
                outputs.stream().map(Output::kind).toList());
        assertEquals(List.of(LocalDate.of(2017, 3, 3), LocalDate.of(2017, 2, 2), LocalDate.of(2017, 3, 3)),
                outputs.stream().map(Output::date).toList());
        assertEquals("some journal title", outputs.get(2).venue());
        assertEquals(List.of("work/3356", "work/3357", "work/3358"),
                r.works().stream().map(ImportedWork::sourceKey).toList());
    }

    @Test
    void doiThatIsNotADoiIsDroppedWithAWarning() {
        ScholarlyRecord r = read("orcid/works-3.0.xml");
        assertEquals("", r.works().get(0).output().doi());
        assertTrue(r.warnings().contains(ImportProblem.of("works-3.0.xml", r.warnings().stream()
                .filter(p -> p.code().equals(ImportCodes.DOI_INVALID)).findFirst().orElseThrow().location(),
                ImportCodes.DOI_INVALID, "123456")));
    }

    @Test
    void fundingsSectionGivesThreeProjectsWithFunderAndGrantNumber() {
        ScholarlyRecord r = read("orcid/fundings-3.0.xml");
        assertEquals(3, r.works().size());
        List<Output> outputs = r.works().stream().map(ImportedWork::output).toList();
        assertTrue(outputs.stream().allMatch(o -> o.kind() == OutputKind.PROJECT));
        assertEquals(List.of("Funding # 1", "Funding # 1", "Funding # 2"), outputs.stream().map(Output::title).toList());
        assertEquals(List.of("a", "a", "funding"), outputs.stream().map(o -> o.attribute(OutputAttribute.FUNDER)).toList());
        assertEquals(List.of("1234", "1234", "456"), outputs.stream().map(Output::externalId).toList());
    }

    @Test
    void fundingWithoutDatesTakesTheDateItsEntryWasCreatedAndSaysSo() {
        ScholarlyRecord r = read("orcid/fundings-3.0.xml");
        assertEquals(LocalDate.of(2017, 1, 18), r.works().get(0).output().date());
        assertTrue(warned(r, ImportCodes.WORK_DATE_FROM_CREATED));
    }

    @Test
    void pathWithABadCheckDigitGivesNoOrcidButAWarning() {
        ScholarlyRecord r = read("orcid/fundings-3.0.xml");
        assertEquals("", r.identity().orcid());
        assertTrue(warned(r, ImportCodes.ORCID_INVALID));
    }

    @Test
    void employmentsSectionListsTwoEmployments() {
        ScholarlyRecord r = read("orcid/employments-3.0.xml");
        assertEquals(2, r.employments().size());
        Employment e = r.employments().get(0);
        assertEquals("employment", e.organisation());
        assertEquals("employment", e.department());
        assertEquals("employment:role-title", e.role());
        assertEquals(LocalDate.of(1948, 2, 2), e.start());
        assertEquals(LocalDate.of(1948, 2, 2), e.end());
        assertTrue(r.works().isEmpty());
    }

    @Test
    void fullXmlRecordGivesIdentityWorkFundingAndEmployment() {
        ScholarlyRecord r = read("orcid/record-3.0.xml");
        assertEquals(new ScholarlyIdentity("8888-8888-8888-8880", "give-names", "family-name", "credit-name", "",
                false), r.identity());
        List<ImportedWork> works = r.works();
        assertEquals(2, works.size());
        Output work = works.get(0).output();
        assertEquals("common:title", work.title());
        assertEquals(LocalDate.of(1948, 2, 2), work.date());
        assertEquals("Procedia Computer Science", work.venue());
        Output funding = works.get(1).output();
        assertEquals(OutputKind.PROJECT, funding.kind());
        assertEquals(LocalDate.of(1948, 2, 2), funding.date());
        assertEquals("1948-02-02", funding.attribute(OutputAttribute.END_DATE));
        assertEquals("common:name", funding.attribute(OutputAttribute.FUNDER));
        assertEquals("external-id-value-1", funding.externalId());
        assertEquals(1, r.employments().size());
        assertEquals("employment-org", r.employments().get(0).organisation());
        assertEquals(LocalDate.of(2025, 1, 1), r.employments().get(0).end(), "an end date with only a year");
    }

    @Test
    void workTypeWithoutCounterpartIsGuessedWithAWarning() {
        ScholarlyRecord r = read("orcid/record-3.0.xml");
        assertEquals(OutputKind.JOURNAL_PAPER, r.works().get(0).output().kind());
        assertTrue(r.warnings().stream().anyMatch(p -> p.code().equals(ImportCodes.WORK_KIND_GUESSED)
                && p.args().get(0).equals("artistic-performance")));
    }

    @Test
    void activitiesSectionGivesOneOfEach() {
        ScholarlyRecord r = read("orcid/activities-3.0.xml");
        assertEquals(1, r.works().stream().filter(w -> w.output().kind() != OutputKind.PROJECT).count());
        assertEquals(1, r.works().stream().filter(w -> w.output().kind() == OutputKind.PROJECT).count());
        assertEquals(1, r.employments().size());
        assertEquals("employment:department-name", r.employments().get(0).department());
    }

    @Test
    void fullWorkKeepsItsContributor() {
        ScholarlyRecord r = read("orcid/work-full-3.0.xml");
        ImportedWork w = r.works().get(0);
        assertEquals("work/123", w.sourceKey());
        assertEquals("common:journal-title", w.output().venue());
        assertEquals(LocalDate.of(1948, 2, 2), w.output().date());
        assertEquals(List.of(new ImportedAuthor("work:credit-name", "", "", "8888-8888-8888-8880", 1, false)),
                w.authors());
        assertEquals("work:credit-name", w.output().attribute(OutputAttribute.AUTHORS));
    }

    @Test
    void personSectionGivesNamesOnly() {
        ScholarlyRecord r = read("orcid/person-3.0.xml");
        assertEquals("give-names", r.identity().givenNames());
        assertEquals("family-name", r.identity().familyName());
        assertEquals("credit-name", r.identity().displayName());
        assertTrue(r.works().isEmpty());
    }

    @Test
    void jsonRecordGivesIdentityWorkWithDoiFundingAndEmployment() {
        ScholarlyRecord r = read("orcid/record-full-3.0.json");
        assertEquals(ImportFormat.ORCID_JSON, r.format());
        assertEquals("0000-0002-7319-2192", r.identity().orcid());
        assertEquals("Three", r.identity().givenNames());
        assertEquals("releasecandidate1", r.identity().familyName());
        assertEquals(2, r.works().size());
        Output work = r.works().get(0).output();
        assertEquals("Work Title", work.title());
        assertEquals(OutputKind.JOURNAL_PAPER, work.kind());
        assertEquals(LocalDate.of(2012, 10, 1), work.date());
        assertEquals("Jounral Title", work.venue());
        assertEquals("10.1087/20120404", work.doi());
        assertEquals("work/178602", r.works().get(0).sourceKey());
        ImportedWork funding = r.works().get(1);
        assertEquals("funding/5132", funding.sourceKey(), "the first of the group's two versions");
        assertEquals("Grant title", funding.output().title());
        assertEquals("Wellcome Trust", funding.output().attribute(OutputAttribute.FUNDER));
        assertEquals(LocalDate.of(2000, 2, 2), funding.output().date());
        assertEquals("2020-02-02", funding.output().attribute(OutputAttribute.END_DATE));
        assertEquals(1, r.employments().size());
        assertEquals(new Employment("common:name", "department-name", "role-title", LocalDate.of(1948, 2, 2),
                LocalDate.of(1948, 2, 2)), r.employments().get(0));
    }

    @Test
    void worksRepeatingADoiOrAPutCodeAreDroppedOnce() {
        String xml = """
                <activities:works xmlns:activities="http://www.orcid.org/ns/activities"
                    xmlns:work="http://www.orcid.org/ns/work" xmlns:common="http://www.orcid.org/ns/common">
                  %s %s %s
                </activities:works>""".formatted(
                group(1, "A", "https://doi.org/10.1000/ABC"), group(2, "B", "doi:10.1000/abc"), group(1, "C", ""));
        ScholarlyRecord r = importer.read("dup.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("A"), r.works().stream().map(w -> w.output().title()).toList());
        assertEquals("10.1000/abc", r.works().get(0).output().doi());
        assertEquals(2, r.warnings().stream().filter(p -> p.code().equals(ImportCodes.WORK_DUPLICATE)).count());
    }

    private static String group(int putCode, String title, String doi) {
        String ids = doi.isEmpty() ? "" : """
                <common:external-ids><common:external-id><common:external-id-type>doi</common:external-id-type>
                <common:external-id-value>%s</common:external-id-value>
                <common:external-id-relationship>self</common:external-id-relationship>
                </common:external-id></common:external-ids>""".formatted(doi);
        return """
                <activities:group><work:work-summary put-code="%d"><work:title><common:title>%s</common:title>
                </work:title>%s<work:type>book</work:type><common:publication-date><common:year>2020</common:year>
                </common:publication-date></work:work-summary></activities:group>""".formatted(putCode, title, ids);
    }

    @Test
    void externalEntityIsRefusedAndNeverResolved() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <work:work xmlns:work="http://www.orcid.org/ns/work" xmlns:common="http://www.orcid.org/ns/common"
                    put-code="1"><work:title><common:title>&e;</common:title></work:title>
                  <work:type>book</work:type><common:publication-date><common:year>2020</common:year>
                  </common:publication-date></work:work>""";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read("xxe.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage().contains("root:"), "no line of /etc/passwd may leak into the message");
        assertTrue(e.problems().stream().noneMatch(p -> p.args().toString().contains("root:")));
        assertEquals(ImportCodes.XML_DTD_FORBIDDEN, e.code());
    }

    @Test
    void entityDefinedInsideTheDocumentIsRefusedToo() {
        String xml = """
                <!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <work:work xmlns:work="http://www.orcid.org/ns/work" xmlns:common="http://www.orcid.org/ns/common">
                <work:title><common:title>&b;</common:title></work:title></work:work>""";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read("bomb.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportCodes.XML_DTD_FORBIDDEN, e.code());
    }

    @Test
    void wrongRootElementIsRefusedWithItsName() {
        String xml = "<education:educations xmlns:education=\"http://www.orcid.org/ns/education\"/>";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read("edu.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportCodes.XML_UNEXPECTED_ROOT, e.code());
        assertEquals(List.of("educations"), e.args());
    }

    @Test
    void truncatedXmlIsRefusedWithItsLine() {
        byte[] full = Fixtures.bytes("orcid/works-3.0.xml");
        byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
        ImportException e = assertThrows(ImportException.class, () -> importer.read("works-3.0.xml", cut));
        assertEquals(ImportCodes.XML_MALFORMED, e.code());
        assertTrue(e.problems().get(0).location().startsWith("line "));
    }

    @Test
    void jsonWithAWrongTypeIsRefusedWithItsPointer() {
        String json = "{\"orcid-identifier\": {\"path\": \"0000-0002-1825-0097\"},"
                + " \"activities-summary\": {\"works\": {\"group\": {\"not\": \"an array\"}}}}";
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read("bad.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportCodes.JSON_WRONG_TYPE, e.code());
        assertEquals("/activities-summary/works/group", e.problems().get(0).location());
        assertEquals(List.of("array"), e.args());
    }
}
