package org.talentbench.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbench.core.InvalidInputException;

class CommitteeSettingsTest {
    @Test
    void missingKeysTakeThePolicyDefaults() {
        CommitteeSettings s = CommitteeSettings.from(Map.of());
        assertEquals(new ConflictRules(true, 3, 3), s.conflicts());
        assertEquals(8, s.aggregation().leniencyMinScores());
        assertEquals(5, s.publicityDays());
        assertEquals(new QuotaRule(AppraisalGrade.EXCELLENT, new BigDecimal("0.20"), RoundingRule.DOWN),
                s.quota(AppraisalGrade.EXCELLENT));
    }

    @Test
    void settingsRoundTripThroughTheirKeys() {
        CommitteeSettings s = CommitteeSettings.from(Map.of(CommitteeSettings.SAME_DEPARTMENT, "false",
                CommitteeSettings.CO_WORK_YEARS, "5", CommitteeSettings.METHOD, "median",
                "committee.quota.EXCELLENT", "0.15;NEAREST", "committee.quota.UNQUALIFIED", "0.05;UP"));
        assertEquals(s, CommitteeSettings.from(s.toMap()));
        assertEquals(AggregationMethod.MEDIAN, s.aggregation().method());
        assertEquals(RoundingRule.NEAREST, s.excellentQuota().rounding());
    }

    @Test
    void aValueThatDoesNotParseIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CommitteeSettings.from(Map.of(CommitteeSettings.CO_WORK_YEARS, "three")));
        assertEquals("committee.setting.invalid", e.code());
    }
}
