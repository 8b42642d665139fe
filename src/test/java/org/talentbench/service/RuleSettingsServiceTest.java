package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.committee.CommitteeSettings;
import org.talentbench.core.committee.RoundingRule;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleSettings;
import org.talentbench.core.repo.SettingsRepository.StoredFile;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Participation;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.scheme.DefaultSchemes;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.report.Letterhead;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class RuleSettingsServiceTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** The eight-byte PNG signature followed by a few bytes: enough for the type check. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    private Database db;
    private RuleSettingsService service;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.memory("rule-settings-" + COUNTER.incrementAndGet()));
        service = new RuleSettingsService(db, CLOCK, () -> "hr01");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Defaults from policy-rules.md: cycles, young talent under 40, 18 months per child, illness over 90 days. */
    @ParameterizedTest
    @CsvSource({
            "cycle.BASIC.years, 5",
            "cycle.APPLIED.years, 3",
            "cycle.PUBLIC_WELFARE.years, 3",
            "cycle.BASIC.youngTalentYears, 5",
            "cycle.youngTalent.ageUnder, 40",
            "cycle.breaks.maternityMonthsPerChild, 18",
            "cycle.breaks.illnessMinDays, 90",
            "committee.quota.EXCELLENT.share, 0.20",
            "committee.quota.EXCELLENT.rounding, DOWN",
            "committee.conflict.coWorkYears, 3",
            "committee.conflict.maxExclusionRequests, 3",
            "committee.publicity.workingDays, 5",
            "profile.representativeWorks.minDomesticShare, 1/3",
    })
    void anEmptyDatabaseShowsThePolicyDefaults(String key, String expected) {
        assertEquals(expected, service.effective().get(key));
        assertFalse(service.stored().containsKey(key));
    }

    @Test
    void aChangedCycleLengthIsStoredAndRecordedInTheChainedChangeLog() {
        int rows = service.save(Map.of("cycle.BASIC.years", "6"));

        assertEquals(1, rows);
        assertEquals("6", service.stored().get("cycle.BASIC.years"));
        List<ChangeLogEntry> log = service.history();
        assertEquals(1, log.size());
        ChangeLogEntry e = log.get(0);
        assertEquals("cycle.BASIC.years", e.field());
        assertEquals(null, e.oldValue());
        assertEquals("6", e.newValue());
        assertEquals("hr01", e.actor());
        assertTrue(e.hashMatches());
        assertTrue(AuditService.verify(db).intact());
        assertEquals(6, db.read(RuleSettingsService::cycleRules).cycleFor(ResearchCategory.BASIC).years());
    }

    @Test
    void savingTheSameValueAgainWritesNoLogRow() {
        service.save(Map.of("committee.conflict.coWorkYears", "4"));
        assertEquals(0, service.save(Map.of("committee.conflict.coWorkYears", " 4 ")));
        assertEquals(1, service.history().size());
    }

    @Test
    void oneBadValueRefusesTheWholeSaveAndWritesNothing() {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("cycle.APPLIED.years", "4");
        changes.put("cycle.BASIC.years", "0");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.save(changes));

        assertEquals("settings.invalid.range", e.code());
        assertEquals(List.of("cycle.BASIC.years", "0", 1, 20), e.args());
        assertTrue(service.stored().isEmpty());
        assertTrue(service.history().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "committee.quota.EXCELLENT.share, 1.5, settings.invalid.fraction",
            "committee.quota.EXCELLENT.rounding, SIDEWAYS, settings.invalid.choice",
            "committee.conflict.sameDepartment, maybe, settings.invalid.boolean",
            "cycle.youngTalent.mode, BY_HEIGHT, settings.invalid.choice",
            "profile.titleLadder, ' | ', settings.invalid.list",
            "profile.representativeWorks.domesticCategories, BASIC|ART, settings.invalid.choice",
            "no.such.key, 1, settings.unknownKey",
    })
    void badValuesAreRefusedWithTheirCode(String key, String value, String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.save(Map.of(key, value)));
        assertEquals(code, e.code());
        assertTrue(service.history().isEmpty());
    }

    @Test
    void restoringADefaultRemovesTheStoredValueAndLogsIt() {
        service.save(Map.of("cycle.youngTalent.ageUnder", "35"));
        Map<String, String> restore = new LinkedHashMap<>();
        restore.put("cycle.youngTalent.ageUnder", null);

        service.save(restore);

        assertFalse(service.stored().containsKey("cycle.youngTalent.ageUnder"));
        assertEquals("40", service.effective().get("cycle.youngTalent.ageUnder"));
        ChangeLogEntry last = service.history().get(1);
        assertEquals("35", last.oldValue());
        assertEquals(null, last.newValue());
    }

    @Test
    void theExcellentQuotaIsStoredAsTheCommitteesSharePair() {
        service.save(Map.of("committee.quota.EXCELLENT.share", "15%", "committee.quota.EXCELLENT.rounding", "nearest"));

        CommitteeSettings cs = db.read(CommitteeSupport::settings);
        assertEquals(0, cs.excellentQuota().share().compareTo(new BigDecimal("0.15")));
        assertEquals(RoundingRule.NEAREST, cs.excellentQuota().rounding());
        assertEquals("0.15;NEAREST", service.history().get(0).newValue());
        assertEquals("committee.quota.EXCELLENT", service.history().get(0).field());
    }

    @Test
    void profileListsAreReadByTheProfileEditor() {
        service.save(Map.of("profile.titleLadder", "正高\n副高\n中级\n初级", "profile.representativeWorks.max.BASIC", "8"));

        ProfileSettings ps = new ProfileService(db).settings();
        assertEquals(ProfileSettings.GENERIC_LADDER, ps.titleLadder());
        assertEquals(8, ps.representativeMax(ResearchCategory.BASIC));
    }

    @Test
    void aConfiguredCycleReplacesTheSchemesOwnCycleAndNothingSetKeepsIt() {
        Map<ResearchCategory, Scheme> schemes = DefaultSchemes.all();
        Map<ResearchCategory, Scheme> unchanged = InstituteLoader.withConfiguredCycles(schemes, Map.of());
        assertSame(schemes.get(ResearchCategory.BASIC), unchanged.get(ResearchCategory.BASIC));

        Map<ResearchCategory, Scheme> changed = InstituteLoader.withConfiguredCycles(schemes,
                Map.of(CycleSettings.yearsKey(ResearchCategory.BASIC), "7"));
        assertEquals(7, changed.get(ResearchCategory.BASIC).cycle().years());
        assertSame(schemes.get(ResearchCategory.APPLIED), changed.get(ResearchCategory.APPLIED));
        assertEquals(CycleRules.defaults(), CycleSettings.rules(Map.of()));
    }

    /**
     * policy-rules.md: basic research is evaluated every 5 years, and new hires file check-ins during their first
     * cycle. Hired 2021-01-01, the first 5-year window 2021–2025 ends in the 2025 round; with a 6-year cycle the first
     * window runs to 2026, so in 2025 the person is still in the first cycle and only checks in.
     */
    @Test
    void aRoundUsesTheConfiguredCycleLength() {
        db.inTransaction(r -> r.researchers().insert(new Researcher(
                ResearcherId.NEW, "E001", "人员", "Person",
                Gender.FEMALE, LocalDate.of(1970, 5, 5),
                Degree.DOCTORATE, LocalDate.of(2000, 7, 1),
                LocalDate.of(2021, 1, 1), "AI", "研究员", "物理学", ResearchCategory.BASIC,
                Set.of(), "", "", "", Set.of(),
                EmploymentStatus.ACTIVE, List.of(), List.of(), 0)));
        RoundService rounds = new RoundService(db, "hr");
        rounds.create("2025", LocalDate.of(2025, 12, 31), RoundScope.all());
        assertEquals(Participation.DUE_FULL,
                rounds.participants("2025").get(0).participation());

        service.save(Map.of("cycle.BASIC.years", "6"));

        assertEquals(Participation.CHECK_IN_ONLY,
                rounds.participants("2025").get(0).participation());
    }

    @Test
    void theLogoAndNamesReachTheLetterheadAndTheLogoChangeIsLogged() {
        service.save(Map.of("institute.name", "江苏省某某研究院", "institute.nameEn", "Some Institute"),
                new RuleSettingsService.LogoEdit(new StoredFile("logo.png", PNG)));

        Letterhead l = service.letterhead();
        assertEquals("江苏省某某研究院", l.nameZh());
        assertEquals("Some Institute", l.nameEn());
        assertArrayEquals(PNG, l.logo());
        assertTrue(service.history().stream().anyMatch(e -> e.field().equals("institute.logo")
                && e.newValue().startsWith("logo.png sha256:")));
    }

    @Test
    void aLogoThatIsNeitherPngNorJpegIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.save(Map.of(),
                new RuleSettingsService.LogoEdit(new StoredFile("logo.gif", "GIF89a".getBytes()))));
        assertEquals("settings.logo.type", e.code());
        assertTrue(service.logo().isEmpty());
    }
}
