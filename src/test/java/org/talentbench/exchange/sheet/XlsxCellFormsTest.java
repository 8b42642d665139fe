package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportProblem;

class XlsxCellFormsTest {
    private static final String HEADER = "<row r=\"1\">" + MiniXlsx.s("A1", "工号") + MiniXlsx.s("B1", "姓名")
            + MiniXlsx.s("C1", "评价类别") + MiniXlsx.s("D1", "出生日期") + "</row>";

    private SheetReadResult<Researcher> read(String rows) {
        byte[] xlsx = MiniXlsx.build("研究人员", HEADER + rows);
        return new ResearcherSheetReader().read("r.xlsx", xlsx, null);
    }

    @Test
    void formulaCellsGiveTheirCachedValue() {
        SheetReadResult<Researcher> r = read("<row r=\"2\">" + MiniXlsx.s("A2", "E1")
                + "<c r=\"B2\" t=\"str\"><f>CONCATENATE(\"张\",\"伟\")</f><v>张伟</v></c>"
                + MiniXlsx.s("C2", "基础研究") + "<c r=\"D2\"><f>DATE(2020,3,5)</f><v>43895</v></c></row>");
        assertEquals(List.of(), r.problems());
        assertEquals("张伟", r.rows().get(0).nameZh());
        assertEquals(LocalDate.of(2020, 3, 5), r.rows().get(0).birthDate());
    }

    @Test
    void formulaSavedWithoutItsValueIsReported() {
        SheetReadResult<Researcher> r = read("<row r=\"2\">" + MiniXlsx.s("A2", "E1") + MiniXlsx.s("B2", "张伟")
                + MiniXlsx.s("C2", "基础研究") + "<c r=\"D2\"><f>TODAY()</f></c></row>");
        assertEquals(List.of(ImportProblem.of("r.xlsx", "研究人员!2:出生日期", ImportCodes.SHEET_FORMULA_NO_VALUE, "TODAY()")),
                r.problems());
    }

    @Test
    void errorCellIsReported() {
        SheetReadResult<Researcher> r = read("<row r=\"2\">" + MiniXlsx.s("A2", "E1") + MiniXlsx.s("B2", "张伟")
                + MiniXlsx.s("C2", "基础研究") + "<c r=\"D2\" t=\"e\"><v>#N/A</v></c></row>");
        assertEquals(1, r.problems().size());
        assertEquals(ImportCodes.SHEET_ERROR_CELL, r.problems().get(0).code());
        assertEquals("研究人员!2:出生日期", r.problems().get(0).location());
    }

    @Test
    void excelSerialNumbersAreDates() {
        SheetReadResult<Researcher> r = read("<row r=\"2\">" + MiniXlsx.s("A2", "E1") + MiniXlsx.s("B2", "张伟")
                + MiniXlsx.s("C2", "基础研究") + MiniXlsx.n("D2", "43831") + "</row>");
        assertEquals(LocalDate.of(2020, 1, 1), r.rows().get(0).birthDate());
    }

    @Test
    void numericEmployeeNumberReadsAsItsDigits() {
        SheetReadResult<Researcher> r = read("<row r=\"2\">" + MiniXlsx.n("A2", "1001") + MiniXlsx.s("B2", "张伟")
                + MiniXlsx.s("C2", "基础研究") + "</row>");
        assertTrue(r.isClean(), r.problems()::toString);
        assertEquals("1001", r.rows().get(0).employeeNo());
    }
}
