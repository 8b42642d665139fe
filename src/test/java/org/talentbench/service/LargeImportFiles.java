package org.talentbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Orcid;
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

/**
 * Writes large, valid template workbooks from a seed: researchers E00001… and outputs crediting one to three of
 * them, with unique DOIs. Used by the crash test and the import benchmark.
 */
public final class LargeImportFiles {
    private static final String[] FAMILY = {"张", "王", "李", "赵", "陈", "杨", "刘", "黄", "周", "吴"};
    private static final String[] FAMILY_LATIN = {"ZHANG", "WANG", "LI", "ZHAO", "CHEN", "YANG", "LIU", "HUANG", "ZHOU",
        "WU"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明"};
    private static final String[] GIVEN_LATIN = {"Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yang", "Yong", "Yan", "Jie",
        "Tao", "Ming"};
    private static final String[] WORDS = {"高强度", "镁合金", "催化", "界面", "传感器", "机器学习", "稀土", "薄膜", "电池",
        "量子", "复合材料", "微结构"};

    private LargeImportFiles() {
    }

    public static String employeeNo(int i) {
        return String.format("E%05d", i);
    }

    public static List<Researcher> researchers(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Researcher> out = new ArrayList<>(count);
        ResearchCategory[] categories = ResearchCategory.values();
        for (int i = 1; i <= count; i++) {
            int f = rnd.nextInt(FAMILY.length);
            int g = rnd.nextInt(GIVEN.length);
            String orcid = Orcid.format(String.format("0000%011d", 2_000_000L + i));
            out.add(new Researcher(ResearcherId.NEW, employeeNo(i), FAMILY[f] + GIVEN[g],
                    FAMILY_LATIN[f] + " " + GIVEN_LATIN[g], rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE,
                    LocalDate.of(1960 + rnd.nextInt(35), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), Degree.DOCTORATE,
                    LocalDate.of(2000 + rnd.nextInt(20), 7, 1), LocalDate.of(2005 + rnd.nextInt(18), 9, 1),
                    "D0" + rnd.nextInt(8), "研究员", "材料科学", categories[rnd.nextInt(categories.length)], null,
                    orcid, "r" + i + "@example.org", "", null, EmploymentStatus.ACTIVE, null, null, 0));
        }
        return out;
    }

    public static List<SheetOutput> outputs(int count, int researchers, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<SheetOutput> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String title = WORDS[rnd.nextInt(WORDS.length)] + WORDS[rnd.nextInt(WORDS.length)] + "的研究 " + i;
            LocalDate date = LocalDate.of(2017 + rnd.nextInt(9), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            int authors = 1 + rnd.nextInt(3);
            List<ContributorRef> refs = new ArrayList<>(authors);
            int first = 1 + rnd.nextInt(researchers);
            for (int a = 0; a < authors; a++) {
                int who = 1 + (first - 1 + a * 7) % researchers;
                refs.add(new ContributorRef(employeeNo(who), a + 1, a == 0, a == 0 ? 50 : 20));
            }
            Output o = new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, title, date, "材料学报",
                    String.format("10.5555/tb.%07d", i), "", rnd.nextBoolean(), rnd.nextInt(200), "CNKI",
                    LocalDate.of(2025, 12, 31), null, Map.of(OutputAttribute.AUTHORS, "张伟; 李娜; Smith J"),
                    List.of(), 0);
            out.add(new SheetOutput(o, refs));
        }
        return out;
    }

    public static Path writeResearchers(Path file, int count, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ResearcherSheetWriter().write(researchers(count, seed), out, true);
        }
        return file;
    }

    public static Path writeOutputs(Path file, int count, int researchers, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new OutputSheetWriter().write(outputs(count, researchers, seed), out, true);
        }
        return file;
    }
}
