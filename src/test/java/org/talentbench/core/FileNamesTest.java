package org.talentbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "E1001_王晓明|E1001_王晓明",
        "summary-E/10:01|summary-E_10_01",
        "a:b*c?d|a_b_c_d",
        "shortlist-高端  芯片 / 设计|shortlist-高端_芯片_设计",
        "../|document",
        ".hidden|hidden",
        "'   '|document",
        "CON|_CON",
        "com1.pdf|_com1.pdf",
        "NUL_.|NUL_",
        "阿卜杜热依木·艾合买提.|阿卜杜热依木·艾合买提",
        "tab\there|tab_here",
    })
    void namesAreSafeOnWindowsMacOsAndLinux(String text, String expected) {
        assertEquals(expected, FileNames.safe(text.replace("\\t", "\t")));
    }

    @org.junit.jupiter.api.Test
    void longNamesAreCutAtAHundredCodePointsNotInTheMiddleOfACharacter() {
        String name = "𠀀".repeat(150);
        String safe = FileNames.safe(name);
        assertEquals(FileNames.MAX_LENGTH, safe.codePointCount(0, safe.length()));
        assertEquals("𠀀".repeat(100), safe);
    }
}
