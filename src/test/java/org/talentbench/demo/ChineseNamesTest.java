package org.talentbench.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNamesTest {

    /** Readings as given by the 现代汉语词典 for these characters used as surnames or in given names. */
    @ParameterizedTest
    @CsvSource({
            "王, wang", "李, li", "张, zhang", "刘, liu", "陈, chen", "杨, yang", "赵, zhao", "黄, huang", "周, zhou",
            "吴, wu", "徐, xu", "孙, sun", "胡, hu", "朱, zhu", "高, gao", "林, lin", "何, he", "郭, guo", "马, ma",
            "罗, luo", "曾, zeng", "缪, miao", "吕, lyu", "顾, gu", "钱, qian",
            "晓, xiao", "明, ming", "婷, ting", "睿, rui", "涵, han", "鑫, xin", "璐, lu", "颖, ying", "恩, en"
    })
    void charactersHaveTheirNameReading(char hanzi, String reading) {
        assertEquals(reading, ChineseNames.pinyin(hanzi));
    }

    @ParameterizedTest
    @CsvSource({
            "晓明, Xiaoming",
            "欧阳, Ouyang",
            "嘉安, Jia'an",
            "子恩, Zi'en",
            "静, Jing"
    })
    void namePartsAreJoinedWithApostropheBeforeAOrE(String hanzi, String expected) {
        assertEquals(expected, ChineseNames.romanise(hanzi));
    }

    @Test
    void surnameComesFirstInProfilesAndLastInBylines() {
        ChineseNames.Name name = new ChineseNames.Name("王晓明", 1);
        assertEquals("Wang Xiaoming", name.latin());
        assertEquals("Xiaoming Wang", name.byline());
    }

    @Test
    void everyGivenNameCharacterHasAReading() {
        String all = ChineseNames.MALE_CHARS + ChineseNames.FEMALE_CHARS + ChineseNames.NEUTRAL_CHARS;
        for (char c : all.toCharArray()) {
            assertNotNull(ChineseNames.pinyin(c), () -> "no reading for " + c);
        }
    }
}
