package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermMatcherTest {
    @ParameterizedTest(name = "''{1}'' in ''{0}'' → {2}")
    @CsvSource({
        "一种碳化硅MOSFET及其控制方法,            碳化硅,             true",
        "一种碳化硅MOSFET及其控制方法,            MOSFET,             true",
        "Improving the yield of SiC MOSFETs,      SiC,                true",
        "A basic study,                           SiC,                false",
        "Organ-on-chip models,                    GaN,                false",
        "GaN HEMTs for 5G base stations,          HEMT,               true",
        "SAR ADCs with time interleaving,         ADC,                true",
        "Input buffers,                           InP,                false",
        "IEEE Transactions on Networking,         Transactions on Networking, true",
        "time-sensitive networks,                 time sensitive network, true",
        "Time–Sensitive Networks,                 time-sensitive network, true",
        "ＧａＮ功率器件,                           GaN,                true",
        "mRNA疫苗递送,                            mRNA疫苗,           true",
        "Optical transport networks,              Optica,             false",
        "16G links,                               6G,                 false",
        "6G无线接入网,                            6G,                 true",
        "Classes of batteries,                    battery,            false",
        "Lithium batteries,                       batteries,          true",
    })
    void termsMatchWholeLatinWordsAndAnyChineseSubstring(String text, String term, boolean expected) {
        assertEquals(expected, TermMatcher.contains(TermMatcher.normalise(text), TermMatcher.normalise(term)));
    }

    @ParameterizedTest
    @CsvSource({
        "'  Compute-in-Memory  Macros ', compute in memory macros",
        "ＳｉＣ_MOSFET/IGBT,              sic mosfet igbt",
    })
    void normalisationLowersWidthCaseAndSeparators(String text, String expected) {
        assertEquals(expected, TermMatcher.normalise(text));
    }
}
