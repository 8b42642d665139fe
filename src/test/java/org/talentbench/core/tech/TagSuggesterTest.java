package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagSuggesterTest {
    private final TagSuggester suggester = new TagSuggester(DefaultTechnologies.list().latest().active());

    private List<String> codes(String title, String keywords, String venue) {
        return suggester.suggest(title, keywords, venue, null).stream().map(TagSuggestion::code).toList();
    }

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = '|', value = {
        "一种碳化硅MOSFET及其控制方法 | | 国家知识产权局 | power-semiconductors",
        "Digital background calibration for noise suppression of SAR ADCs | digital background calibration; SAR ADCs | IEEE Journal of Solid-State Circuits | ic-design",
        "面向城域量子通信网络的量子密钥分发系统成码率提升研究 | 诱骗态方法; 量子密钥分发系统 | 物理学报 | quantum-communication",
        "一种扇出型晶圆级封装结构 | | 国家知识产权局 | advanced-packaging",
        "CRISPR基因编辑在肿瘤微环境靶点发现中的应用 | CRISPR基因编辑; 肿瘤微环境 | 药学学报 | gene-technology",
    })
    void theStrongestSuggestionIsTheTechnologyTheOutputIsAbout(String title, String keywords, String venue,
                                                               String expected) {
        List<String> codes = codes(title, keywords == null ? "" : keywords, venue);
        assertTrue(!codes.isEmpty(), "no suggestion for " + title);
        assertEquals(expected, codes.get(0), codes.toString());
    }

    @Test
    void theScoreAddsTheFieldWeightsOfEachTermFound() {
        // "GaN" and "HEMT" in the title (2 + 2) and "GaN" in the keywords (2): 6 for compound semiconductors
        TagSuggestion s = suggester.suggest("GaN HEMTs for 5G base stations", "GaN; reliability", "", null).get(0);
        assertEquals("compound-semiconductors", s.code());
        assertEquals(6.0, s.score(), 1e-9);
        assertEquals(List.of("GaN", "HEMT"), s.terms());
        assertTrue(s.matches().contains(new MatchedTerm("GaN", MatchField.KEYWORDS)));
    }

    @Test
    void aTermInsideALongerTermOfTheSameTechnologyCountsOnce() {
        // "机床" lies inside "数控机床" and "五轴"; title only: 数控机床 2 + 五轴 2 + 热误差补偿 2
        TagSuggestion s = suggester.suggest("五轴数控机床热误差补偿方法", "", "", null).get(0);
        assertEquals("cnc-machine-tools", s.code());
        assertEquals(6.0, s.score(), 1e-9);
        assertEquals(List.of("数控机床", "五轴", "热误差补偿"), s.terms());
    }

    @Test
    void aVenueAloneIsNotEnough() {
        // one venue term weighs 1, below the threshold of 2
        assertEquals(List.of(), codes("On the stability of things", "", "Nature Photonics"));
    }

    @Test
    void unrelatedTextGivesNoSuggestion() {
        assertEquals(List.of(), codes("员工食堂管理办法", "", ""));
    }

    @Test
    void aChallengeTextNamesItsTechnologies() {
        List<TagSuggestion> found = suggester.suggestText("面向新能源汽车的碳化硅功率器件国产化替代，突破IGBT模块封装可靠性");
        List<String> codes = found.stream().map(TagSuggestion::code).toList();
        assertTrue(codes.contains("power-semiconductors"), codes.toString());
        assertTrue(codes.contains("industrial-chain-security"), "国产化替代 is a supply-chain term: " + codes);
        assertEquals(List.of("碳化硅", "功率器件", "IGBT"), found.get(0).terms());
    }
}
