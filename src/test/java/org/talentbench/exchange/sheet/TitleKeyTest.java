package org.talentbench.exchange.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'Ｈｅｌｌｏ, World!'|helloworld",
        "高强度 镁合金：研究（一）|高强度镁合金研究一",
        "'α-β + γ ≤ 5 €'|αβγ5",
        "C++ and C#|candc",
        "'«Quoted» “text” — done.'|quotedtextdone"})
    void titlesCompareWithoutCaseSpacesPunctuationOrSymbols(String title, String key) {
        assertEquals(key, OutputSheetReader.normaliseTitle(title));
    }

    @Test
    void dropsExactlyWhatTheFormerPatternDropped() {
        Pattern former = Pattern.compile("[\\s\\p{P}\\p{S}]");
        StringBuilder all = new StringBuilder();
        for (int cp = 1; cp < 0x30000; cp++) {
            if (Character.isDefined(cp) && !Character.isSurrogate((char) Math.min(cp, 0xFFFF))) {
                all.appendCodePoint(cp);
            }
        }
        String normalised = Normalizer.normalize(all.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        assertEquals(former.matcher(normalised).replaceAll(""), OutputSheetReader.normaliseTitle(all.toString()));
    }
}
