package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;

class CsvReadingTest {
    @TempDir
    Path dir;

    private SheetReadResult<Researcher> read(Path file) {
        return new ResearcherSheetReader().read(file);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static String plain() {
        return """
                工号,姓名,最高学位,评价类别,出生日期
                E1001,张伟,博士,基础研究,1988年5月17日
                E1002,"李娜, 博士后",硕士,应用研究与技术开发,1990/3/5
                """;
    }

    private static void assertTwoResearchers(SheetReadResult<Researcher> r) {
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.rows().size());
        Researcher zhang = r.rows().get(0);
        assertEquals("张伟", zhang.nameZh());
        assertEquals(Degree.DOCTORATE, zhang.degree());
        assertEquals(ResearchCategory.BASIC, zhang.category());
        assertEquals(LocalDate.of(1988, 5, 17), zhang.birthDate());
        Researcher li = r.rows().get(1);
        assertEquals("李娜, 博士后", li.nameZh());
        assertEquals(ResearchCategory.APPLIED, li.category());
        assertEquals(LocalDate.of(1990, 3, 5), li.birthDate());
    }

    @Test
    void gb18030CsvFromChineseExcelIsDetected() throws IOException {
        Path file = write("gb.csv", plain().getBytes(Charset.forName("GB18030")));
        assertTwoResearchers(read(file));
    }

    @Test
    void utf8WithByteOrderMarkIsDetected() throws IOException {
        byte[] body = plain().getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertTwoResearchers(read(write("bom.csv", bom)));
    }

    @Test
    void utf8WithoutByteOrderMarkIsDetected() throws IOException {
        assertTwoResearchers(read(write("plain.csv", plain().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void semicolonAndTabDelimitersAreDetected() throws IOException {
        String semicolon = plain().replace(",", ";").replace("\"李娜; 博士后\"", "\"李娜, 博士后\"");
        assertTwoResearchers(read(write("semi.csv", semicolon.getBytes(StandardCharsets.UTF_8))));
        String tab = plain().replace(",", "\t").replace("\"李娜\t 博士后\"", "\"李娜, 博士后\"");
        assertTwoResearchers(read(write("tab.txt", tab.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void quotedFieldsMayHoldLineBreaksAndRowsKeepTheirNumbers() throws IOException {
        String csv = "工号,姓名,评价类别,电话\nE1,\"张\n伟\",基础研究,1\nE2,李娜,不存在的类别,2\n";
        SheetReadResult<Researcher> r = read(write("multi.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("张\n伟", r.rows().get(0).nameZh());
        assertEquals(1, r.problems().size());
        assertEquals("3:评价类别", r.problems().get(0).location());
        assertEquals(ImportCodes.CELL_ENUM, r.problems().get(0).code());
    }

    @Test
    void unterminatedQuoteIsRefused() throws IOException {
        Path file = write("q.csv", "工号,姓名,评价类别\nE1,\"张伟,基础研究\n".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        assertEquals(ImportCodes.CSV_UNTERMINATED_QUOTE, e.code());
    }

    @Test
    void englishHeadersAndKeysAreAcceptedToo() throws IOException {
        String csv = "Employee no.,Name,category,Birth date\nE1,Zhang Wei,Basic research,2020-03-05\n";
        SheetReadResult<Researcher> r = read(write("en.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.isClean(), r.problems()::toString);
        assertEquals(ResearchCategory.BASIC, r.rows().get(0).category());
    }
}
