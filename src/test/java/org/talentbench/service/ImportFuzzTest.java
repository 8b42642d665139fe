package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.exchange.Fixtures;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.Mutants;
import org.talentbench.store.Database;

/**
 * Seeded mutations (bit flips, truncations, deletions, insertions) of every fixture — template workbooks, CSV and
 * the scholarly records — through the whole import service into a database: the preview never crashes; a plan with
 * errors is refused and the row counts stay as they were; a plan without errors adds exactly what its summary says.
 */
class ImportFuzzTest {
    private static final long SEED = 20260630L;
    private static final int MUTANTS_PER_FILE = 24;
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withImportDate(LocalDate.of(2026, 1, 1));

    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeEach
    void open() {
        db = ImportFixtures.freshDatabase();
        service = new ImportService(db);
        ImportFixtures.store(db, ImportFixtures.institute());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Path> originals() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ImportFixtures.researchersXlsx(dir.resolve("researchers.xlsx"),
                List.of(ImportFixtures.researcher("E5001", "孙丽", "SUN Li", ""),
                        ImportFixtures.researcher("E5002", "周杰", "ZHOU Jie", ""))));
        files.add(ImportFixtures.outputsXlsx(dir.resolve("outputs.xlsx"), List.of(
                ImportFixtures.row(ImportFixtures.paper("镁合金的强化机理", "10.1000/f1", 2022), "E1001", "E1002"),
                ImportFixtures.row(ImportFixtures.patent("一种传感器", "CN202310000001.1"), "E1003"))));
        files.add(ImportFixtures.text(dir.resolve("outputs.csv"), """
                成果类型,题名,日期,DOI,本所作者工号,贡献份额(%),其他属性
                期刊论文,稀土薄膜,2023/3/5,https://doi.org/10.1000/F2,E1001; E1002,50; 20,"a=1
                b=2"
                """));
        for (String f : Fixtures.SCHOLARLY) {
            files.add(ImportFixtures.fixture(dir, f));
        }
        return files;
    }

    @Test
    void mutatedFilesNeverCrashThePreviewAndNeverLeaveAPartialWrite() throws IOException {
        Random random = new Random(SEED);
        int refused = 0;
        int committed = 0;
        for (Path original : originals()) {
            byte[] bytes = Files.readAllBytes(original);
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                byte[] mutant = Mutants.mutate(bytes, random);
                Path file = Files.write(dir.resolve("mutant-" + i + "-" + original.getFileName()), mutant);
                List<Integer> before = ImportFixtures.counts(db);
                ImportPlan plan;
                try {
                    plan = service.preview(List.of(file), OPTIONS);
                } catch (RuntimeException e) {
                    fail("preview of a mutant of " + original.getFileName() + " (#" + i + ") crashed", e);
                    return;
                }
                if (plan.hasErrors()) {
                    assertThrows(ImportException.class, () -> service.commit(plan, ImportDecisions.proposed()));
                    assertEquals(before, ImportFixtures.counts(db), "refused import wrote something");
                    refused++;
                } else {
                    ImportPlan.Summary s = plan.summary(ImportDecisions.proposed());
                    service.commit(plan, ImportDecisions.proposed());
                    List<Integer> after = ImportFixtures.counts(db);
                    assertEquals(before.get(0) + s.researchers().added(), after.get(0));
                    assertEquals(before.get(1) + s.outputs().added(), after.get(1));
                    committed++;
                }
                Files.delete(file);
            }
        }
        assertTrue(refused > 0 && committed > 0, "both outcomes occur: refused " + refused + ", committed "
                + committed);
    }
}
