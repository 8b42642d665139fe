package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.exchange.review.ReviewSheet;
import org.talentbench.exchange.review.ReviewSheetRow;
import org.talentbench.security.Principal;
import org.talentbench.service.AuthService;
import org.talentbench.service.CommitteeService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class CommitteeCliTest {
    @TempDir
    Path dir;

    private static Researcher researcher(String no, String department) {
        return new Researcher(ResearcherId.NEW, no, "研究员" + no, "", Gender.MALE, LocalDate.of(1980, 1, 1),
                Degree.DOCTORATE, null, null, department, "", "physics", ResearchCategory.BASIC, Set.of(), "", "", "",
                Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    private static Output paper(String title, ResearcherId... authors) {
        List<Contribution> cs = new java.util.ArrayList<>();
        for (int i = 0; i < authors.length; i++) {
            cs.add(new Contribution(authors[i], i + 1, false, 50));
        }
        return new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, title, LocalDate.now().minusYears(1), "", "", "",
                true, null, "", null, null, Map.of(), cs, 0);
    }

    @Test
    void accountsConflictsAndAnOfflineReviewThroughTheCommandLine() throws Exception {
        Path db = dir.resolve("inst");
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "secret-pass\n");
        long[] ids = new long[2];
        try (Database d = Database.open(DatabaseLocation.file(db), true)) {
            d.inTransaction(r -> {
                Researcher p = r.researchers().insert(researcher("P1", "PHY"));
                Researcher co = r.researchers().insert(researcher("R9", "CHEM"));
                Output work = r.outputs().insert(paper("代表作", p.id()));
                r.outputs().insert(paper("合作论文", p.id(), co.id()));
                r.representativeWorks().insertAll(List.of(new RepresentativeWork(0, p.id(), work.id(), 1, "", "")));
                ids[0] = p.id().value();
                ids[1] = work.id().value();
                return null;
            });
        }
        String[] admin = {"--user", "hr", "--password-file", pw.toString()};

        CliRunner first = CliRunner.run("--lang", "en", "account", "create", "--db", db.toString(), "--login", "hr",
                "--name", "HR", "--role", "admin", "--new-password-file", pw.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("HR administrator"), first.out());
        for (String[] a : List.of(new String[] {"chair", "chair", ""}, new String[] {"m1", "member", "R9"},
                new String[] {"m2", "member", ""})) {
            CliRunner c = CliRunner.run(concat(new String[] {"account", "create", "--db", db.toString(), "--login",
                a[0], "--name", a[0], "--role", a[1], "--researcher", a[2], "--new-password-file", pw.toString()},
                    admin));
            assertEquals(0, c.exitCode(), c.err());
        }

        CliRunner denied = CliRunner.run("--lang", "en", "account", "list", "--db", db.toString(), "--user", "m1",
                "--password-file", pw.toString());
        assertEquals(1, denied.exitCode());
        assertTrue(denied.err().contains("does not allow"), denied.err());
        CliRunner wrong = CliRunner.run("--lang", "en", "account", "list", "--db", db.toString(), "--user", "hr",
                "--password-file", dir.resolve("nope").toString());
        assertEquals(2, wrong.exitCode());

        long panelId;
        try (Database d = Database.open(DatabaseLocation.file(db), false)) {
            AuthService auth = new AuthService(d);
            Principal chair = auth.login("chair", "secret-pass".toCharArray());
            Principal m1 = auth.login("m1", "secret-pass".toCharArray());
            Principal m2 = auth.login("m2", "secret-pass".toCharArray());
            CommitteeService committee = new CommitteeService(d, Clock.systemDefaultZone());
            panelId = committee.createPanel(chair, 3, "BASIC", "基础", Set.of(chair.id(), m1.id(), m2.id()),
                    List.of(new RankedScore(new ResearcherId(ids[0]), 1, 90.0))).id();
            committee.assign(chair, panelId, List.of(new ReviewAssignment(panelId, m2.id(),
                    new ResearcherId(ids[0]))), false);
        }

        CliRunner conflicts = CliRunner.run("conflicts", "--db", db.toString(), "--round-id", "3", "--user", "chair",
                "--password-file", pw.toString(), "--format", "json");
        assertEquals(0, conflicts.exitCode(), conflicts.err());
        assertTrue(conflicts.out().contains("\"CO_AUTHORSHIP\""), conflicts.out());
        assertTrue(conflicts.out().contains("\"reviewer\" : \"m1\""), conflicts.out());

        Path xlsx = dir.resolve("m2.xlsx");
        CliRunner export = CliRunner.run("--lang", "en", "review", "export", "--db", db.toString(), "--panel-id",
                Long.toString(panelId), "--user", "m2", "--password-file", pw.toString(), "--out", xlsx.toString());
        assertEquals(0, export.exitCode(), export.err());
        List<ReviewSheetRow> rows;
        try (InputStream in = Files.newInputStream(xlsx)) {
            rows = ReviewSheet.read("m2.xlsx", in);
        }
        assertEquals(1, rows.size());
        assertEquals(ids[1], rows.get(0).workId());

        // the reviewer fills it in: first with an 11, then correctly
        Path bad = dir.resolve("bad.xlsx");
        write(bad, rows.get(0), 11);
        CliRunner refused = CliRunner.run("--lang", "en", "review", "import", "--db", db.toString(), "--panel-id",
                Long.toString(panelId), "--user", "m2", "--password-file", pw.toString(), "--in", bad.toString(),
                "--submit");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("11 is outside 1–10"), refused.err());

        Path good = dir.resolve("good.xlsx");
        write(good, rows.get(0), 8);
        CliRunner imported = CliRunner.run("--lang", "en", "review", "import", "--db", db.toString(), "--panel-id",
                Long.toString(panelId), "--user", "m2", "--password-file", pw.toString(), "--in", good.toString(),
                "--submit");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("1 submitted"), imported.out());
    }

    private static void write(Path file, ReviewSheetRow row, int innovation) throws Exception {
        Map<ReviewCriterion, Integer> s = new EnumMap<>(ReviewCriterion.class);
        s.put(ReviewCriterion.INNOVATION, innovation);
        s.put(ReviewCriterion.ACADEMIC_VALUE, 7);
        s.put(ReviewCriterion.OWN_CONTRIBUTION, 8);
        s.put(ReviewCriterion.RELEVANCE, 9);
        ReviewSheetRow filled = new ReviewSheetRow(row.panelId(), row.reviewerId(), row.personId(), row.workId(),
                row.employeeNo(), row.name(), row.workTitle(), s, 4, "创新突出");
        try (OutputStream out = Files.newOutputStream(file)) {
            ReviewSheet.write(List.of(filled), List.of(), out);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
