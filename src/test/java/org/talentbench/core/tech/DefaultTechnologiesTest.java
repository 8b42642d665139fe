package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.demo.DemoInstitute;
import org.talentbench.demo.DemoInstituteGenerator;
import org.talentbench.demo.DemoSpec;

class DefaultTechnologiesTest {
    @Test
    void everyTechnologyTagOfTheDemoInstituteIsOnTheDefaultList() {
        DemoInstitute demo = DemoInstituteGenerator.generateInMemory(DemoSpec.standard());
        Set<String> tags = new TreeSet<>();
        for (Researcher r : demo.researchers()) {
            tags.addAll(r.techTags());
        }
        TechnologyList.View view = DefaultTechnologies.list().asOf(DemoSpec.STANDARD_REFERENCE_DATE);
        Set<String> missing = new TreeSet<>();
        for (String t : tags) {
            if (view.resolve(t).isEmpty()) {
                missing.add(t);
            }
        }
        assertTrue(missing.isEmpty(), "demo tags not on the default list: " + missing);
        assertTrue(tags.contains("ic-design") && tags.contains("quantum-communication"), tags.toString());
    }

    @Test
    void theGroupsAreTheFieldsTheSeedArticleNames() {
        List<String> zh = DefaultTechnologies.groups().stream().map(TechnologyGroup::nameZh).toList();
        for (String field : List.of("集成电路", "新材料", "高端装备", "未来网络", "量子科技", "区块链", "基因技术", "人工智能",
                "生物医药")) {
            assertTrue(zh.contains(field), field);
        }
    }

    @Test
    void theDefaultListTakesEffectAtTheStartOfTheFourteenthFiveYearPlanAndEveryEntryHasTerms() {
        TechnologyList list = DefaultTechnologies.list();
        assertEquals(0, list.asOf(DefaultTechnologies.EFFECTIVE.minusDays(1)).active().size());
        List<Technology> active = list.asOf(DefaultTechnologies.EFFECTIVE).active();
        assertEquals(DefaultTechnologies.entries().size(), active.size());
        for (Technology t : active) {
            assertFalse(t.terms().isEmpty(), t.code());
            assertFalse(t.nameEn().isBlank(), t.code());
        }
    }
}
