package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportProblem;

/** Bad rows are reported with their row (as Excel numbers it) and column header, all in one pass. */
class SheetValidationTest {

    private static SheetReadResult<Researcher> researchers(String csv) {
        return new ResearcherSheetReader().read("r.csv", csv.getBytes(StandardCharsets.UTF_8), null);
    }

    private static SheetReadResult<SheetOutput> outputs(String csv) {
        return new OutputSheetReader().read("o.csv", csv.getBytes(StandardCharsets.UTF_8), null, no -> !no.equals("X9"));
    }

    private static ImportProblem p(String file, String location, String code, Object... args) {
        return ImportProblem.of(file, location, code, args);
    }

    @Test
    void everyBadResearcherCellIsReportedWithRowAndColumn() {
        String csv = """
                工号,姓名,评价类别,出生日期,ORCID,性别
                E1,张伟,基础研究,1988-13-01,0000-0002-1825-0098,男
                E2,,社会公益,1990-01-01,https://orcid.org/0000-0002-1825-0097,女
                E1,王五,哲学研究,2020年2月30日,,未知
                E4,赵六,基础研究,2020.3.5,0000-0002-1825-0097,
                """;
        SheetReadResult<Researcher> r = researchers(csv);
        assertEquals(List.of(
                p("r.csv", "2:出生日期", ImportCodes.CELL_DATE, "1988-13-01"),
                p("r.csv", "2:ORCID", ImportCodes.CELL_ORCID, "0000-0002-1825-0098"),
                p("r.csv", "3:姓名", ImportCodes.CELL_REQUIRED),
                p("r.csv", "4:性别", ImportCodes.CELL_ENUM, "未知", Labels.GENDER.describe()),
                p("r.csv", "4:出生日期", ImportCodes.CELL_DATE, "2020年2月30日"),
                p("r.csv", "4:评价类别", ImportCodes.CELL_ENUM, "哲学研究", Labels.CATEGORY.describe()),
                p("r.csv", "4:工号", ImportCodes.ROW_DUPLICATE, "E1", 2),
                p("r.csv", "5:ORCID", ImportCodes.ROW_DUPLICATE, "0000-0002-1825-0097", 3)), r.problems());
        assertTrue(r.rows().isEmpty(), "no row passed every check");
    }

    @Test
    void missingRequiredColumnStopsTheSheetAndUnknownHeadersAreNamed() {
        SheetReadResult<Researcher> r = researchers("工号,姓名,职务级别\nE1,张伟,正高\n");
        assertEquals(List.of(
                p("r.csv", "1:职务级别", ImportCodes.SHEET_UNKNOWN_COLUMN, "职务级别"),
                p("r.csv", "1:评价类别", ImportCodes.SHEET_MISSING_COLUMN, "评价类别 / Category")), r.problems());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void doiFormsAreNormalisedAndBadOnesReported() {
        String csv = """
                成果类型,题名,日期,DOI
                期刊论文,A,2020-01-01,https://doi.org/10.1000/ABC
                期刊论文,B,2020-01-01,doi:10.1000/XYZ
                期刊论文,C,2020-01-01,not a doi
                期刊论文,D,2020-01-01,DOI: 10.1000/abc
                """;
        SheetReadResult<SheetOutput> r = outputs(csv);
        assertEquals(List.of("10.1000/abc", "10.1000/xyz"), r.rows().stream().map(o -> o.output().doi()).toList());
        assertEquals(List.of(
                p("o.csv", "4:DOI", ImportCodes.CELL_DOI, "not a doi"),
                p("o.csv", "5:DOI", ImportCodes.ROW_DUPLICATE, "10.1000/abc", 2)), r.problems());
    }

    @Test
    void contributorSharesAreCheckedPerOutput() {
        String csv = """
                成果类型,题名,日期,本所作者工号,贡献份额(%),署名位次,通讯作者工号,被引次数,金额(元)
                期刊论文,A,2020-01-01,E1; E2,60; 50,1; 2,E1,3,
                期刊论文,B,2020-01-01,E1; E2,60,,,,
                期刊论文,C,2020-01-01,E1；E1,10；0,,E3,-1,
                技术转让,D,2020-01-01,X9,100,,,,"1,200,000"
                专利,E,2020-01-01,E1,100,,,,-5
                """;
        SheetReadResult<SheetOutput> r = outputs(csv);
        assertEquals(List.of(
                p("o.csv", "2:贡献份额(%)", ImportCodes.ROW_SHARE_OVER_100, "110"),
                p("o.csv", "3:贡献份额(%)", ImportCodes.ROW_CONTRIBUTOR_COUNT, 2, 1),
                p("o.csv", "4:被引次数", ImportCodes.CELL_NEGATIVE, "-1"),
                p("o.csv", "4:本所作者工号", ImportCodes.ROW_DUPLICATE_CONTRIBUTOR, "E1"),
                p("o.csv", "4:通讯作者工号", ImportCodes.ROW_CORRESPONDING_NOT_CONTRIBUTOR, "E3"),
                p("o.csv", "4:贡献份额(%)", ImportCodes.ROW_SHARE_RANGE, "0"),
                p("o.csv", "5:本所作者工号", ImportCodes.ROW_UNKNOWN_RESEARCHER, "X9"),
                p("o.csv", "6:金额(元)", ImportCodes.CELL_NEGATIVE, "-5")), r.problems());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void validContributorsCarryPositionsAndCorrespondingFlags() {
        String csv = """
                成果类型,题名,日期,本所作者工号,贡献份额(%),署名位次,通讯作者工号,金额(元)
                技术转让,A,2020-01-01,E1、E2,"33.3, 33.3",1、4,E2,"1,200,000.50"
                """;
        SheetReadResult<SheetOutput> r = outputs(csv);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(new ContributorRef("E1", 1, false, 33.3), new ContributorRef("E2", 4, true, 33.3)),
                r.rows().get(0).contributors());
        assertEquals("1200000.5", r.rows().get(0).output().attribute("amount"));
    }

    @Test
    void careerBreakOfAnUnknownResearcherOrEndingBeforeItStartsIsReported() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
        var people = wb.newWorksheet("研究人员");
        people.value(0, 0, "工号");
        people.value(0, 1, "姓名");
        people.value(0, 2, "评价类别");
        people.value(1, 0, "E1");
        people.value(1, 1, "张伟");
        people.value(1, 2, "基础研究");
        var breaks = wb.newWorksheet("Career breaks");
        String[] heads = {"Employee no.", "Kind", "Start", "End"};
        for (int c = 0; c < heads.length; c++) {
            breaks.value(0, c, heads[c]);
        }
        breaks.value(1, 0, "E7");
        breaks.value(1, 1, "产假");
        breaks.value(1, 2, "2020-01-01");
        breaks.value(1, 3, "2020-06-30");
        breaks.value(2, 0, "E1");
        breaks.value(2, 1, "Maternity leave");
        breaks.value(2, 2, "2020-06-30");
        breaks.value(2, 3, "2020-01-01");
        wb.finish();
        SheetReadResult<Researcher> r = new ResearcherSheetReader().read("r.xlsx", out.toByteArray(), null);
        assertEquals(List.of(
                p("r.xlsx", "Career breaks!2:Employee no.", ImportCodes.ROW_UNKNOWN_RESEARCHER, "E7"),
                p("r.xlsx", "Career breaks!3:End", ImportCodes.ROW_DATE_ORDER, "2020-06-30", "2020-01-01")),
                r.problems());
    }
}
