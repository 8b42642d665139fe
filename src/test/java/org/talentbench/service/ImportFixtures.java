package org.talentbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.exchange.Fixtures;
import org.talentbench.exchange.sheet.ContributorRef;
import org.talentbench.exchange.sheet.OutputSheetWriter;
import org.talentbench.exchange.sheet.ResearcherSheetWriter;
import org.talentbench.exchange.sheet.SheetOutput;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** Small hand-made institutes and files for the import and export tests. */
final class ImportFixtures {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The ORCID iD of the person in the ORCID fixture records (orcid/record-3.0.xml and friends). */
    static final String FIXTURE_ORCID = "8888-8888-8888-8880";
    /** Corrado Cuccurullo, second author of W2741809807 in the OpenAlex works-list fixture. */
    static final String CUCCURULLO_ORCID = "0000-0002-7401-8575";

    private ImportFixtures() {
    }

    static Database freshDatabase() {
        return Database.open(DatabaseLocation.memory("import-test-" + COUNTER.incrementAndGet()));
    }

    static Researcher researcher(String employeeNo, String nameZh, String nameLatin, String orcid) {
        return new Researcher(ResearcherId.NEW, employeeNo, nameZh, nameLatin, Gender.FEMALE,
                LocalDate.of(1985, 3, 4), Degree.DOCTORATE, LocalDate.of(2012, 6, 30), LocalDate.of(2013, 9, 1),
                "D01", "研究员", "材料科学", ResearchCategory.BASIC, java.util.Set.of("leading-talent"), orcid,
                employeeNo.toLowerCase() + "@example.org", "", java.util.Set.of(), EmploymentStatus.ACTIVE, List.of(),
                List.of(), 0);
    }

    /** The institute most tests start from: three researchers, one of them the ORCID fixture's person. */
    static List<Researcher> institute() {
        return List.of(
                researcher("E1001", "张伟", "ZHANG Wei", FIXTURE_ORCID),
                researcher("E1002", "李娜", "LI Na", ""),
                researcher("E1003", "王芳", "WANG Fang", "0000-0002-1825-0097"));
    }

    static Output paper(String title, String doi, int year) {
        return new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, title, LocalDate.of(year, 5, 1), "金属学报", doi, "",
                true, 3, "CNKI", LocalDate.of(2025, 12, 31), null, Map.of(OutputAttribute.AUTHORS, "张伟; 李娜"),
                List.of(), 0);
    }

    static Output patent(String title, String number) {
        return new Output(OutputId.NEW, OutputKind.PATENT, title, LocalDate.of(2023, 5, 9), "", "", number, false,
                null, "", null, null, Map.of(OutputAttribute.PATENT_TYPE, "INVENTION"), List.of(), 0);
    }

    static SheetOutput row(Output o, String... employeeNos) {
        List<ContributorRef> refs = new java.util.ArrayList<>();
        for (int i = 0; i < employeeNos.length; i++) {
            refs.add(new ContributorRef(employeeNos[i], i + 1, i == 0, i == 0 ? 60 : 20));
        }
        return new SheetOutput(o, refs);
    }

    static Path researchersXlsx(Path file, List<Researcher> researchers) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ResearcherSheetWriter().write(researchers, out, true);
        }
        return file;
    }

    static Path outputsXlsx(Path file, List<SheetOutput> outputs) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new OutputSheetWriter().write(outputs, out, true);
        }
        return file;
    }

    static Path text(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path fixture(Path dir, String fixture) throws IOException {
        return Files.write(dir.resolve(Fixtures.name(fixture)), Fixtures.bytes(fixture));
    }

    /** Stores researchers directly (not through an import); returns them with ids. */
    static List<Researcher> store(Database db, List<Researcher> researchers) {
        return db.inTransaction(r -> r.researchers().insertAll(researchers));
    }

    static List<Output> storeOutputs(Database db, List<Output> outputs) {
        return db.inTransaction(r -> r.outputs().insertAll(outputs));
    }

    static Contribution credit(ResearcherId id, double share) {
        return new Contribution(id, 1, true, share);
    }

    /** Rows of every table an import writes to, as a comparable fingerprint. */
    static List<Integer> counts(Database db) {
        return db.read(r -> {
            int contributors = 0;
            int attributes = 0;
            for (Output o : r.outputs().findAll()) {
                contributors += o.contributors().size();
                attributes += o.attributes().size();
            }
            int breaks = 0;
            for (Researcher x : r.researchers().findAll()) {
                breaks += x.breaks().size() + x.history().size() + x.talentTags().size() + x.techTags().size();
            }
            return List.of(r.researchers().count(), r.outputs().count(), contributors, attributes, breaks,
                    r.settings().all().size());
        });
    }
}
