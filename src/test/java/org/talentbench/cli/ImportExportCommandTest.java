package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.CareerBreak;
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
import org.talentbench.exchange.sheet.ContributorRef;
import org.talentbench.exchange.sheet.OutputSheetWriter;
import org.talentbench.exchange.sheet.ResearcherSheetWriter;
import org.talentbench.exchange.sheet.SheetOutput;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/** {@code talentbench import} and {@code talentbench export} end to end, through the root command line. */
class ImportExportCommandTest {
    @TempDir
    Path dir;

    private Path emptyDatabase(String name) {
        Path db = dir.resolve(name);
        Database.open(DatabaseLocation.file(db)).close();
        return db;
    }

    private static <T> T read(Path db, Function<org.talentbench.core.repo.Repositories, T> query) {
        try (Database d = Database.open(DatabaseLocation.file(db), false)) {
            return d.read(query);
        }
    }

    private static Researcher researcher(String no, String name) {
        return new Researcher(ResearcherId.NEW, no, name, "", Gender.MALE, LocalDate.of(1990, 1, 2), Degree.DOCTORATE,
                LocalDate.of(2018, 6, 30), null, "D01", "", "", ResearchCategory.APPLIED, Set.of(), "", "", "", Set.of(),
                EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    private Path researchersFile() throws IOException {
        Path file = dir.resolve("researchers.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ResearcherSheetWriter().write(List.of(researcher("E1", "张伟"), researcher("E2", "李娜")), out, true);
        }
        return file;
    }

    private Path outputsFile() throws IOException {
        Path file = dir.resolve("outputs.xlsx");
        Output paper = new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, "镁合金", LocalDate.of(2023, 3, 1), "金属学报",
                "10.1000/x1", "", true, null, "", null, null, Map.of(), List.of(), 0);
        try (OutputStream out = Files.newOutputStream(file)) {
            new OutputSheetWriter().write(List.of(new SheetOutput(paper, List.of(new ContributorRef("E1", 1, true, 70),
                    new ContributorRef("E2", 2, false, 30)))), out, true);
        }
        return file;
    }

    @Test
    void importWritesEverythingAndPrintsWhatItDid() throws IOException {
        Path db = emptyDatabase("ok");

        CliRunner r = CliRunner.run("import", "--db", db.toString(), researchersFile().toString(),
                outputsFile().toString(), "--lang", "en");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Researchers  2"), r.out());
        assertTrue(r.out().contains("Outputs      1"), r.out());
        assertTrue(r.out().contains("Import finished."), r.out());
        int researchers = read(db, x -> x.researchers().count());
        int outputs = read(db, x -> x.outputs().count());
        assertEquals(2, researchers);
        assertEquals(1, outputs);
    }

    @Test
    void anyErrorPrintsTheReportExitsWith2AndWritesNothing() throws IOException {
        Path db = emptyDatabase("bad");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, """
                成果类型,题名,日期,本所作者工号,贡献份额(%)
                期刊论文,一篇,2023-01-05,E1,100
                期刊论文,两篇,2023年13月40日,E1,100
                """, StandardCharsets.UTF_8);

        CliRunner zh = CliRunner.run("import", "--db", db.toString(), researchersFile().toString(), csv.toString(),
                "--lang", "zh");
        CliRunner en = CliRunner.run("import", "--db", db.toString(), researchersFile().toString(), csv.toString(),
                "--lang", "en");

        assertEquals(2, zh.exitCode());
        assertTrue(zh.err().contains("文件") && zh.err().contains("位置") && zh.err().contains("问题"), zh.err());
        assertTrue(zh.err().contains("bad.csv  第 3 行 日期  “2023年13月40日”不是日期"), zh.err());
        assertTrue(zh.err().contains("发现 1 个问题，未导入任何数据。"), zh.err());
        assertEquals(2, en.exitCode());
        assertTrue(en.err().contains("bad.csv  row 3 日期  “2023年13月40日” is not a date"), en.err());
        assertEquals("", zh.out());
        int researchers = read(db, x -> x.researchers().count());
        assertEquals(0, researchers, "the valid researchers file is not written either");
    }

    @Test
    void dryRunPrintsTheCountsAndWritesNothing() throws IOException {
        Path db = emptyDatabase("dry");
        assertEquals(0, CliRunner.run("import", "--db", db.toString(), researchersFile().toString()).exitCode());

        Path changed = dir.resolve("changed.xlsx");
        try (OutputStream out = Files.newOutputStream(changed)) {
            new ResearcherSheetWriter().write(List.of(researcher("E1", "张伟"), researcher("E2", "李娜（改）"),
                    researcher("E3", "王芳")), out, true);
        }
        CliRunner r = CliRunner.run("import", "--db", db.toString(), changed.toString(), "--dry-run", "--lang", "zh");

        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("记录      新增  更新  合并  跳过", lines.get(0));
        assertEquals("研究人员  1     1     0     1", lines.get(2));
        assertEquals("科研成果  0     0     0     0", lines.get(3));
        assertEquals("试运行：未写入任何数据。", lines.get(4));
        int researchers = read(db, x -> x.researchers().count());
        assertEquals(2, researchers);

        CliRunner merge = CliRunner.run("import", "--db", db.toString(), changed.toString(), "--dry-run",
                "--on-match", "merge", "--lang", "zh");
        assertEquals("研究人员  1     0     2     0", merge.out().lines().toList().get(2));
    }

    /**
     * A demo institute without the outputs that break the profile editor's rules (the generator dates some citation
     * snapshots before the output itself), which no import may store.
     */
    private Path validDemo(String name, int researchers) {
        Path source = dir.resolve(name);
        assertEquals(0, CliRunner.run("demo", "--db", source.toString(), "--researchers", Integer.toString(researchers))
                .exitCode());
        try (Database d = Database.open(DatabaseLocation.file(source), false)) {
            d.inTransaction(x -> {
                for (Output o : x.outputs().findAll()) {
                    if (org.talentbench.core.researcher.ProfileRules.blocks(
                            org.talentbench.core.researcher.ProfileRules.validate(o))) {
                        x.outputs().delete(o.id());
                    }
                }
                return null;
            });
        }
        return source;
    }

    @Test
    void exportedWorkbooksImportIntoAnEmptyDatabaseUnchanged() {
        Path source = validDemo("demo", 12);
        Path researchers = dir.resolve("out/researchers.xlsx");
        Path outputs = dir.resolve("out/outputs.xlsx");
        CliRunner r1 = CliRunner.run("export", "--db", source.toString(), "--researchers", "--out",
                researchers.toString(), "--lang", "en");
        CliRunner r2 = CliRunner.run("export", "--db", source.toString(), "--outputs", "--out", outputs.toString());
        assertEquals(0, r1.exitCode(), r1.err());
        assertEquals(0, r2.exitCode(), r2.err());
        assertTrue(r1.out().startsWith("Wrote 12 rows to "), r1.out());

        Path target = emptyDatabase("copy");
        CliRunner imported = CliRunner.run("import", "--db", target.toString(), researchers.toString(),
                outputs.toString());

        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(researcherRows(source), researcherRows(target));
        assertEquals(outputRows(source), outputRows(target));
    }

    @Test
    void csvExportsReadBackToo() {
        Path source = validDemo("demo", 8);
        Path researchers = dir.resolve("researchers.csv");
        Path outputs = dir.resolve("outputs.csv");
        assertEquals(0, CliRunner.run("export", "--db", source.toString(), "--researchers", "--out",
                researchers.toString()).exitCode());
        assertEquals(0, CliRunner.run("export", "--db", source.toString(), "--outputs", "--out", outputs.toString(),
                "--lang", "en").exitCode());

        Path target = emptyDatabase("copy");
        CliRunner imported = CliRunner.run("import", "--db", target.toString(), researchers.toString(),
                outputs.toString());

        assertEquals(0, imported.exitCode(), imported.err());
        // a CSV holds the main sheet only: career breaks and category history stay behind
        Function<Researcher, Researcher> withoutSheets = x -> x.withBreaksAndHistory(List.of(), List.of());
        assertEquals(researcherRows(source).stream().map(withoutSheets).toList(),
                researcherRows(target).stream().map(withoutSheets).toList());
        assertEquals(outputRows(source), outputRows(target));
    }

    @Test
    void aResearchersOutputsExportAsBibtexAndRis() throws IOException {
        Path db = emptyDatabase("bib");
        assertEquals(0, CliRunner.run("import", "--db", db.toString(), researchersFile().toString(),
                outputsFile().toString()).exitCode());
        Path bib = dir.resolve("e1.bib");
        Path ris = dir.resolve("e1.ris");

        assertEquals(0, CliRunner.run("export", "--db", db.toString(), "--researcher", "E1", "--out", bib.toString())
                .exitCode());
        assertEquals(0, CliRunner.run("export", "--db", db.toString(), "--researcher", "E1", "--out", ris.toString())
                .exitCode());

        String bibtex = Files.readString(bib);
        assertTrue(bibtex.startsWith("@article{"), bibtex);
        assertTrue(bibtex.contains("doi = {10.1000/x1}"), bibtex);
        assertTrue(Files.readString(ris).startsWith("TY  - JOUR"), Files.readString(ris));
    }

    @Test
    void roundsAndUnknownResearchersAndFormatsAreBadInput() {
        Path db = emptyDatabase("none");
        CliRunner round = CliRunner.run("export", "--db", db.toString(), "--round", "2025年度", "--out",
                dir.resolve("r.xlsx").toString(), "--lang", "en");
        CliRunner who = CliRunner.run("export", "--db", db.toString(), "--researcher", "E404", "--out",
                dir.resolve("r.bib").toString(), "--lang", "en");
        CliRunner format = CliRunner.run("export", "--db", db.toString(), "--researchers", "--out",
                dir.resolve("r.pdf").toString(), "--lang", "en");
        CliRunner two = CliRunner.run("export", "--db", db.toString(), "--researchers", "--outputs", "--out",
                dir.resolve("r.xlsx").toString());

        assertEquals(2, round.exitCode());
        assertTrue(round.err().contains("There is no round named \"2025年度\""), round.err());
        assertEquals(2, who.exitCode());
        assertTrue(who.err().contains("No researcher has employee number E404."), who.err());
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("Cannot tell the format from r.pdf: use .xlsx, .csv."), format.err());
        assertEquals(2, two.exitCode());
        assertTrue(Files.notExists(dir.resolve("r.xlsx")));
    }

    // ------------------------------------------------------------------ comparable forms

    /** Researchers without store ids and versions, by employee number. */
    private static List<Researcher> researcherRows(Path db) {
        return read(db, x -> x.researchers().findAll()).stream()
                .map(r -> r.withId(ResearcherId.NEW).withVersion(0).withBreaksAndHistory(
                        r.breaks().stream().map(b -> new CareerBreak(0, b.kind(), b.start(), b.end(), b.note()))
                                .toList(), r.history()))
                .sorted(Comparator.comparing(Researcher::employeeNo)).toList();
    }

    /** Outputs without ids and versions, contributors by employee number, in a stable order. */
    private static List<String> outputRows(Path db) {
        return read(db, x -> {
            Map<ResearcherId, String> no = new HashMap<>();
            x.researchers().findAll().forEach(r -> no.put(r.id(), r.employeeNo()));
            List<String> rows = new ArrayList<>();
            for (Output o : x.outputs().findAll()) {
                Set<String> credits = new TreeSet<>();
                for (Contribution c : o.contributors()) {
                    credits.add(no.get(c.researcherId()) + "/" + c.authorPosition() + "/" + c.corresponding() + "/"
                            + c.sharePercent());
                }
                // TalentBench keeps DOIs in lower case; the demo generator writes some in their published case
                Output bare = new Output(OutputId.NEW, o.kind(), o.title(), o.date(), o.venue(),
                        o.doi().toLowerCase(java.util.Locale.ROOT), o.externalId(), o.domesticJournal(), o.citations(),
                        o.citationSource(), o.citationAsOf(), o.fieldNormalisedImpact(), o.attributes(), List.of(), 0);
                rows.add(bare + " " + credits + " "
                        + new TreeSet<>(o.attributes().keySet()).stream().filter(k -> !k.equals(OutputAttribute.SOURCE))
                        .collect(Collectors.joining(",")));
            }
            rows.sort(null);
            return rows;
        });
    }
}
