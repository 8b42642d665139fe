package org.talentbench.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.common.DialogService;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.RuleSetting;
import org.talentbench.service.RuleSettingsService;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

class RuleSettingsViewModelTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Database db;
    private RuleSettingsService service;
    private FakeDialogs dialogs;
    private RuleSettingsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseLocation.memory("rule-settings-vm-" + COUNTER.incrementAndGet()));
        service = new RuleSettingsService(db, CLOCK, () -> "hr01");
        dialogs = new FakeDialogs();
        vm = new RuleSettingsViewModel(Messages.of(Language.EN), dialogs);
        vm.load(service);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RuleFieldViewModel field(String key) {
        return vm.field(key).orElseThrow();
    }

    @Test
    void everyFieldShowsTheDefaultItFallsBackTo() {
        assertEquals("5", field("cycle.BASIC.years").valueProperty().get());
        assertEquals("Default: 5", field("cycle.BASIC.years").defaultText());
        assertEquals("Default: 3", field("cycle.APPLIED.years").defaultText());
        assertEquals("Default: 40", field("cycle.youngTalent.ageUnder").defaultText());
        assertEquals("Default: rounded down", field("committee.quota.EXCELLENT.rounding").defaultText());
        assertEquals(List.of(RuleSetting.Section.values()),
                vm.sections().stream().map(RuleSectionViewModel::section).toList());
        assertFalse(vm.canSaveProperty().get());
    }

    @Test
    void aValidChangeIsSavedAndRecordedInTheChangeLog() {
        field("cycle.BASIC.years").valueProperty().set("6");
        assertTrue(vm.canSaveProperty().get());

        assertTrue(vm.save());

        assertEquals("6", service.stored().get("cycle.BASIC.years"));
        List<ChangeLogEntry> log = service.history();
        assertEquals(1, log.size());
        assertEquals("cycle.BASIC.years", log.get(0).field());
        assertEquals("6", log.get(0).newValue());
        assertEquals("hr01", log.get(0).actor());
        assertFalse(vm.dirtyProperty().get());
        assertEquals("Saved; 1 change(s) recorded in the audit trail.", vm.statusProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void anInvalidValueIsShownAtItsFieldAndNothingIsWritten() {
        field("cycle.APPLIED.years").valueProperty().set("4");
        field("cycle.BASIC.years").valueProperty().set("0");

        assertEquals("Basic research: Cycle (years): \"0\" is not a whole number from 1 to 20.",
                field("cycle.BASIC.years").messageProperty().get());
        assertFalse(vm.canSaveProperty().get());
        assertFalse(vm.save());

        assertTrue(service.stored().isEmpty());
        assertTrue(service.history().isEmpty());
    }

    @Test
    void restoringASectionsDefaultsRemovesItsStoredValues() {
        service.save(java.util.Map.of("cycle.BASIC.years", "6", "committee.conflict.coWorkYears", "5"));
        vm.load(service);
        RuleSectionViewModel cycles = vm.sections().stream()
                .filter(s -> s.section() == RuleSetting.Section.CYCLES).findFirst().orElseThrow();

        cycles.restoreDefaults();
        assertEquals("5", field("cycle.BASIC.years").valueProperty().get());
        assertTrue(vm.save());

        assertFalse(service.stored().containsKey("cycle.BASIC.years"));
        assertEquals("5", service.stored().get("committee.conflict.coWorkYears"));
        ChangeLogEntry last = service.history().get(service.history().size() - 1);
        assertEquals("6", last.oldValue());
        assertEquals(null, last.newValue());
    }

    @Test
    void revertDropsUnsavedEdits() {
        field("profile.titleLadder").valueProperty().set("正高\n副高");
        assertTrue(vm.dirtyProperty().get());

        vm.revert();

        assertFalse(vm.dirtyProperty().get());
        assertEquals("研究员\n副研究员\n助理研究员\n研究实习员", field("profile.titleLadder").valueProperty().get());
    }

    @Test
    void aLogoIsSavedWithTheOtherSettingsAndABadFileIsRefused(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("logo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        Path txt = dir.resolve("logo.txt");
        Files.writeString(txt, "not an image");

        vm.useLogo(txt);
        assertEquals(1, dialogs.errors.size());
        assertFalse(vm.dirtyProperty().get());

        vm.useLogo(png);
        field("institute.name").valueProperty().set("江苏省某某研究院");
        assertTrue(vm.save());

        assertEquals("logo.png", service.logo().orElseThrow().name());
        assertEquals("江苏省某某研究院", service.letterhead().nameZh());
        assertEquals("logo.png", vm.logoNameProperty().get());
    }

    /** Records errors; never answers a file chooser. */
    static final class FakeDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseDatabaseToOpen(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseDatabaseToCreate(String title) {
            return Optional.empty();
        }
    }
}
