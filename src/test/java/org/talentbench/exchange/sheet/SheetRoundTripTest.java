package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
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

/** Export → import loses nothing, in either header language. */
class SheetRoundTripTest {
    @TempDir
    Path dir;

    static List<Researcher> researchers() {
        Researcher zhang = new Researcher(ResearcherId.NEW, "E1001", "张伟", "ZHANG Wei", Gender.MALE,
                LocalDate.of(1988, 5, 17), Degree.DOCTORATE, LocalDate.of(2015, 7, 1), LocalDate.of(2015, 9, 1),
                "D01", "副研究员", "材料科学与工程", ResearchCategory.APPLIED, Set.of("leading-talent", "省杰青"),
                "0000-0002-1825-0097", "zhangwei@example.org", "010-12345678", Set.of("KT-03", "KT-07"),
                EmploymentStatus.ACTIVE,
                List.of(new CareerBreak(0, CareerBreakKind.LONG_ILLNESS, LocalDate.of(2019, 3, 1),
                        LocalDate.of(2019, 8, 31), "手术后休养；含“引号”, 逗号")),
                List.of(new Assignment(LocalDate.of(2015, 9, 1), ResearchCategory.BASIC, "D02"),
                        new Assignment(LocalDate.of(2021, 1, 1), ResearchCategory.APPLIED, "D01")), 0);
        Researcher li = new Researcher(ResearcherId.NEW, "0042", "李娜", "", Gender.FEMALE, LocalDate.of(1992, 2, 29),
                Degree.MASTER, null, null, "", "", "", ResearchCategory.PUBLIC_WELFARE, Set.of(),
                "0000-0002-1694-233X", "", "", Set.of(), EmploymentStatus.RETIRED,
                List.of(new CareerBreak(0, CareerBreakKind.MATERNITY, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 6, 30), "")), List.of(), 0);
        Researcher wang = new Researcher(ResearcherId.NEW, "E1003", "王小明", "Wang Xiaoming", Gender.UNSPECIFIED,
                null, Degree.OTHER, null, null, "D03", "研究员", "", ResearchCategory.NATIONAL_MAJOR_TASK, Set.of(),
                "", "", "", Set.of(), EmploymentStatus.LEFT, List.of(), List.of(), 0);
        return List.of(zhang, li, wang);
    }

    static List<SheetOutput> outputs() {
        List<SheetOutput> out = new ArrayList<>();
        ContributorRef e1 = new ContributorRef("E1001", 1, true, 60);
        ContributorRef e2 = new ContributorRef("0042", 3, false, 33.3);
        for (OutputKind kind : OutputKind.values()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            List<ContributorRef> cs = List.of(e1, e2);
            switch (kind) {
                case JOURNAL_PAPER -> {
                    attrs.put(OutputAttribute.AUTHORS, "张伟; 李娜; Smith, J.");
                    attrs.put(OutputAttribute.KEYWORDS, "镁合金; 强度");
                }
                case PATENT -> {
                    attrs.put(OutputAttribute.PATENT_TYPE, "INVENTION");
                    attrs.put(OutputAttribute.PATENT_STATUS, "GRANTED");
                    attrs.put(OutputAttribute.PCT, "true");
                }
                case STANDARD -> {
                    attrs.put(OutputAttribute.STANDARD_LEVEL, "NATIONAL");
                    attrs.put(OutputAttribute.ROLE, "LEAD_DRAFTER");
                }
                case TECH_TRANSFER -> {
                    attrs.put(OutputAttribute.AMOUNT, "1200000.5");
                    attrs.put(OutputAttribute.PARTNER, "某某新材料有限公司");
                }
                case PROJECT -> {
                    attrs.put(OutputAttribute.FUNDER, "国家自然科学基金委员会");
                    attrs.put(OutputAttribute.LEVEL, "NATIONAL");
                    attrs.put(OutputAttribute.ROLE, "PI");
                    attrs.put(OutputAttribute.AMOUNT, "580000");
                    attrs.put(OutputAttribute.END_DATE, "2026-12-31");
                }
                case AWARD -> {
                    attrs.put(OutputAttribute.LEVEL, "PROVINCIAL");
                    attrs.put(OutputAttribute.RANK, "2");
                }
                case TALENT_CULTIVATION -> {
                    attrs.put(OutputAttribute.STUDENTS_SUPERVISED, "5");
                    attrs.put(OutputAttribute.STUDENTS_GRADUATED, "0");
                    cs = List.of(new ContributorRef("E1003", 0, false, 100));
                }
                case ACADEMIC_SERVICE -> {
                    attrs.put(OutputAttribute.SERVICE_TYPE, "EDITORSHIP");
                    attrs.put("journalRole", "副主编\n第二行 a=b \\ 反斜杠");
                    cs = List.of();
                }
                case POLICY_REPORT -> {
                    attrs.put(OutputAttribute.PATENT_TYPE, "not-a-patent-type");
                    attrs.put("adoptedBy", "国务院办公厅");
                }
                default -> {
                }
            }
            boolean paper = kind.isPaper();
            Output o = new Output(OutputId.NEW, kind, "成果 " + kind + "：题名含“引号”, 逗号; 分号",
                    LocalDate.of(2023, 1 + kind.ordinal() % 12, 1 + kind.ordinal()),
                    paper ? "金属学报" : "", paper ? "10.11900/0412.1961.2023." + kind.ordinal() : "",
                    kind == OutputKind.PATENT ? "ZL202310000001.X" : "", kind == OutputKind.JOURNAL_PAPER,
                    paper ? 12 + kind.ordinal() : null, paper ? "CNKI" : "", paper ? LocalDate.of(2024, 12, 31) : null,
                    paper ? 1.35 : null, attrs, List.of(), 0);
            out.add(new SheetOutput(o, cs));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void researchersSurviveExportAndImport(boolean chinese) throws IOException {
        Path file = dir.resolve("researchers.xlsx");
        try (var out = Files.newOutputStream(file)) {
            new ResearcherSheetWriter().write(researchers(), out, chinese);
        }
        SheetReadResult<Researcher> back = new ResearcherSheetReader().read(file);
        assertEquals(List.of(), back.problems());
        assertEquals(researchers(), back.rows());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void outputsOfEveryKindSurviveExportAndImport(boolean chinese) throws IOException {
        Path file = dir.resolve("outputs.xlsx");
        try (var out = Files.newOutputStream(file)) {
            new OutputSheetWriter().write(outputs(), out, chinese);
        }
        SheetReadResult<SheetOutput> back = new OutputSheetReader().read(file);
        assertEquals(List.of(), back.problems());
        assertEquals(outputs(), back.rows());
    }

    @org.junit.jupiter.api.Test
    void storedOutputsAreWrittenWithEmployeeNumbers() throws IOException {
        ResearcherId id = new ResearcherId(7);
        Output stored = new Output(new OutputId(3), OutputKind.MONOGRAPH, "专著", LocalDate.of(2022, 5, 1), "科学出版社",
                "", "ISBN 978-7-03-000000-0", false, null, null, null, null, Map.of(),
                List.of(new Contribution(id, 1, false, 100)), 4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new OutputSheetWriter().write(List.of(stored), r -> r.equals(id) ? "E1001" : "?", bytes, true);
        SheetReadResult<SheetOutput> back = new OutputSheetReader().read("o.xlsx", bytes.toByteArray(), null,
                no -> true);
        assertEquals(List.of(new ContributorRef("E1001", 1, false, 100)), back.rows().get(0).contributors());
        Output resolved = back.rows().get(0).toOutput(no -> java.util.Optional.of(id)).orElseThrow();
        assertEquals(stored.withId(OutputId.NEW).withVersion(0), resolved);
        assertEquals(Arrays.asList(OutputKind.values()).size(), outputs().size());
    }
}
