package org.talentbench.core.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.InvalidInputException;

class TechnologyListTest {
    private static final LocalDate D = LocalDate.of(2025, 3, 1);

    private static List<String> activeCodes(TechnologyList list, String date) {
        return list.asOf(LocalDate.parse(date)).active().stream().map(Technology::code).toList();
    }

    @Test
    void aRetiredTechnologyStillShowsInOldRounds() {
        TechnologyList list = TechFixtures.smallList().with(TechEvent.retire("compound", D, "folded into programme"));
        assertEquals(List.of("power", "compound", "qcomm"), activeCodes(list, "2025-02-28"));
        assertEquals(List.of("power", "qcomm"), activeCodes(list, "2025-03-01"));
        Technology retired = list.asOf(D).find("compound").orElseThrow();
        assertEquals(TechStatus.RETIRED, retired.status());
        assertEquals(D, retired.ended());
        assertEquals(TechStatus.ACTIVE, list.asOf(D.minusDays(1)).find("compound").orElseThrow().status());
    }

    @Test
    void aTechnologyAddedLaterIsNotOnAnEarlierList() {
        TechnologyList list = TechFixtures.smallList()
                .with(TechEvent.add("qcomp", D, "量子计算", "Quantum computing", "q", ""));
        assertEquals(List.of("power", "compound", "qcomm"), activeCodes(list, "2024-12-31"));
        assertEquals(TechStatus.NOT_YET_ADDED, list.asOf(LocalDate.parse("2024-12-31")).find("qcomp").orElseThrow()
                .status());
        assertEquals(List.of("power", "compound", "qcomm", "qcomp"), activeCodes(list, "2025-03-01"));
    }

    @Test
    void aRenameKeepsTheCodeAndTheOldNameInOldViews() {
        TechnologyList list = TechFixtures.smallList().with(TechEvent.rename("qcomm", D, "量子信息网络", "", ""));
        assertEquals("量子通信", list.asOf(D.minusDays(1)).find("qcomm").orElseThrow().nameZh());
        Technology renamed = list.asOf(D).find("qcomm").orElseThrow();
        assertEquals("量子信息网络", renamed.nameZh());
        assertEquals("Quantum communication", renamed.nameEn(), "a blank name is kept");
    }

    @Test
    void aMoveChangesTheGroupFromItsDate() {
        TechnologyList list = TechFixtures.smallList().with(TechEvent.move("compound", D, "q", ""));
        assertEquals("ic", list.asOf(D.minusDays(1)).find("compound").orElseThrow().groupCode());
        assertEquals("q", list.asOf(D).find("compound").orElseThrow().groupCode());
    }

    @Test
    void tagsOnAMergedTechnologyCountForTheTargetFromTheMergeDate() {
        TechnologyList list = TechFixtures.smallList().with(TechEvent.merge("compound", D, "power", ""));
        assertEquals(Optional.of("compound"), list.asOf(D.minusDays(1)).resolve("compound"));
        assertEquals(Optional.of("power"), list.asOf(D).resolve("compound"));
        assertEquals(TechStatus.MERGED, list.asOf(D).find("compound").orElseThrow().status());
        assertEquals("power", list.asOf(D).find("compound").orElseThrow().mergedInto());
    }

    @Test
    void mergesAreFollowedThroughAChain() {
        TechnologyList list = TechFixtures.smallList()
                .with(TechEvent.merge("compound", D, "power", ""))
                .with(TechEvent.merge("power", D.plusYears(1), "qcomm", ""));
        assertEquals(Optional.of("qcomm"), list.asOf(D.plusYears(1)).resolve("compound"));
    }

    @Test
    void tagsOnARetiredOrUnknownTechnologyCountForNothing() {
        TechnologyList list = TechFixtures.smallList().with(TechEvent.retire("qcomm", D, ""));
        assertEquals(Optional.empty(), list.asOf(D).resolve("qcomm"));
        assertEquals(Optional.empty(), list.asOf(D).resolve("no-such-code"));
    }

    @Test
    void everyChangeIsKeptAndRaisesTheVersion() {
        TechnologyList list = TechFixtures.smallList();
        assertEquals(3, list.version());
        TechnologyList changed = list.with(TechEvent.rename("qcomm", D, "量子信息网络", "", ""))
                .with(TechEvent.retire("qcomm", D.plusDays(10), ""));
        assertEquals(5, changed.version());
        assertEquals(List.of(TechEventKind.ADD, TechEventKind.RENAME, TechEventKind.RETIRE),
                changed.history("qcomm").stream().map(TechEvent::kind).toList());
        assertEquals(3, list.version(), "the original list is unchanged");
    }

    @Test
    void theHistoryOfATargetShowsWhatWasMergedIntoIt() {
        TechnologyList list = TechFixtures.smallList().with(TechEvent.merge("compound", D, "power", ""));
        assertEquals(List.of(TechEventKind.ADD, TechEventKind.MERGE),
                list.history("power").stream().map(TechEvent::kind).toList());
    }

    @ParameterizedTest(name = "{0} {1} on {2} → {4}")
    @CsvSource({
        // kind, code, date, target-or-group, expected error code
        "ADD,    power,     2025-03-01, ic,       tech.code.exists",
        "ADD,    Bad_Code,  2025-03-01, ic,       tech.code.invalid",
        "ADD,    new-tech,  2025-03-01, nowhere,  tech.group.unknown",
        "RENAME, nothing,   2025-03-01, '',       tech.unknown",
        "MERGE,  power,     2025-03-01, power,    tech.merge.self",
        "MERGE,  power,     2025-03-01, absent,   tech.merge.targetNotActive",
        "MOVE,   power,     2025-03-01, nowhere,  tech.group.unknown",
        "RETIRE, compound,  2025-03-01, '',       tech.notActive",
        "RENAME, compound,  2025-06-01, '',       tech.notActive",
        "MERGE,  power,     2025-06-01, compound, tech.merge.targetNotActive",
        "RETIRE, compound,  2025-01-01, '',       tech.event.beforeLatest",
        "RETIRE, power,     2020-06-01, '',       tech.event.beforeLatest",
    })
    void changesThatBreakTheHistoryAreRefused(TechEventKind kind, String code, LocalDate date, String other,
                                              String error) {
        // compound was retired on 2025-02-01
        TechnologyList list = TechFixtures.smallList()
                .with(TechEvent.retire("compound", LocalDate.of(2025, 2, 1), ""));
        TechEvent e = switch (kind) {
            case ADD -> TechEvent.add(code, date, "名称", "Name", other, "");
            case RENAME -> TechEvent.rename(code, date, "新名称", "", "");
            case MOVE -> TechEvent.move(code, date, other, "");
            case MERGE -> TechEvent.merge(code, date, other, "");
            case RETIRE -> TechEvent.retire(code, date, "");
        };
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> list.with(e));
        assertEquals(error, ex.code());
    }

    @Test
    void aRenameNeedsANameAndAnAddNeedsAChineseName() {
        TechnologyList list = TechFixtures.smallList();
        assertEquals("tech.name.blank", assertThrows(InvalidInputException.class,
                () -> list.with(TechEvent.rename("power", D, " ", "", ""))).code());
        assertEquals("tech.name.blank", assertThrows(InvalidInputException.class,
                () -> list.with(TechEvent.add("new-one", D, "", "English only", "ic", ""))).code());
    }

    @Test
    void eventsOfTheSameDayApplyInIdOrder() {
        TechnologyList list = TechnologyList.of(TechFixtures.GROUPS, List.of(
                TechEvent.add("a1", D, "甲", "", "ic", "").withId(1),
                TechEvent.add("b1", D, "乙", "", "ic", "").withId(2),
                TechEvent.merge("a1", D, "b1", "").withId(3)), java.util.Map.of());
        assertEquals(List.of("b1"), activeCodes(list, "2025-03-01"));
        assertFalse(list.asOf(D.minusDays(1)).active().iterator().hasNext());
        assertTrue(list.knows("a1"));
    }
}
