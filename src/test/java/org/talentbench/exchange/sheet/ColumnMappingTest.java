package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportCodes;

class ColumnMappingTest {

    static List<SheetLayout> layouts() {
        return List.of(Templates.RESEARCHERS, Templates.CAREER_BREAKS, Templates.ASSIGNMENTS, Templates.OUTPUTS);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyHeaderOfATemplateMapsToItsOwnColumnInBothLanguages(SheetLayout layout) {
        for (ColumnDef c : layout.columns()) {
            ColumnMapping m = ColumnMapping.suggest(List.of(c.headerZh(), c.headerEn() + " ", c.key()), layout);
            assertEquals(Optional.of(c.key()), m.keyFor(c.headerZh()), c.headerZh());
            assertEquals(Optional.of(c.key()), m.keyFor(c.headerEn()), c.headerEn());
            assertEquals(Optional.of(c.key()), m.keyFor(c.key()), c.key());
        }
    }

    @Test
    void suggestionIgnoresWidthCasePunctuationAndRequiredMarks() {
        ColumnMapping m = ColumnMapping.suggest(List.of("*工号", "ＥＭＡＩＬ", "贡献份额（%）", "工号 Employee no.",
                "出生年月"), Templates.RESEARCHERS);
        assertEquals(Optional.of("employeeNo"), m.keyFor("*工号"));
        assertEquals(Optional.of("email"), m.keyFor("ＥＭＡＩＬ"));
        assertEquals(Optional.of("employeeNo"), m.keyFor("工号 Employee no."));
        assertEquals(List.of("贡献份额（%）", "出生年月"), m.unmapped(List.of("*工号", "ＥＭＡＩＬ", "贡献份额（%）",
                "工号 Employee no.", "出生年月")));
    }

    @Test
    void aDifferentlyLaidOutSheetReadsThroughAnExplicitMapping() {
        String csv = "序号,职工编号,名字,所属类别,出生年月,备注\n1,E9,周杰,基础研究,1985/6/1,随便写\n";
        ColumnMapping m = ColumnMapping.of(Map.of("职工编号", "employeeNo", "名字", "nameZh", "所属类别", "category",
                "出生年月", "birthDate", "序号", ColumnMapping.IGNORE));
        SheetReadResult<Researcher> r = new ResearcherSheetReader().read("hr.csv",
                csv.getBytes(StandardCharsets.UTF_8), m);
        assertEquals(List.of(), r.problems(), "备注 is skipped: the mapping does not name it");
        assertEquals("周杰", r.rows().get(0).nameZh());
        assertEquals(java.time.LocalDate.of(1985, 6, 1), r.rows().get(0).birthDate());
    }

    @Test
    void withoutAMappingTheSameSheetNamesWhatItCannotPlace() {
        String csv = "序号,职工编号,名字,评价类别\n1,E9,周杰,基础研究\n";
        SheetReadResult<Researcher> r = new ResearcherSheetReader().read("hr.csv",
                csv.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals(ImportCodes.SHEET_UNKNOWN_COLUMN)
                && p.args().equals(List.of("职工编号"))));
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals(ImportCodes.SHEET_MISSING_COLUMN)));
    }
}
