package org.talentbench.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.talentbench.core.InvalidInputException;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.committee.AggregationMethod;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.CommitteeSettings;
import org.talentbench.core.committee.ConflictRules;
import org.talentbench.core.committee.QuotaRule;
import org.talentbench.core.committee.RoundingRule;
import org.talentbench.core.cycle.CategoryCycle;
import org.talentbench.core.cycle.CycleRules;
import org.talentbench.core.cycle.CycleSettings;
import org.talentbench.core.cycle.YoungTalentRule;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.SettingsRepository.StoredFile;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Violation;
import org.talentbench.report.Letterhead;
import org.talentbench.service.RuleSetting.Kind;
import org.talentbench.service.RuleSetting.Section;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;

/**
 * The per-database rule defaults and institute details, as the Settings screen and {@code talentbench settings} edit
 * them: cycle lengths, the young-talent rule, committee quotas, rounding and conflict windows, representative-work
 * rules, the profile lists, and the institute's name and logo. Per-user settings (language, data location) are
 * {@link UserSettings}, not here.
 *
 * <p>{@link #save} validates every value first ({@link InvalidInputException} with an {@code error.settings.*} code
 * and nothing written), then writes all changes in one transaction together with one change-log row per changed
 * setting (entity {@code setting}, field = key, old → new, actor), so the tamper-evident audit chain covers every rule
 * change. Restoring a default removes the stored value, so readers fall back to the built-in default again.
 *
 * <p>Acts for its {@link Session} (decision 0090): saving needs {@link Permission#EDIT_SETTINGS}, reading
 * {@link Permission#VIEW}; the change log names the signed-in account's login, else the actor. Stateless apart from
 * its clock, actor and session; thread-safe.
 */
public final class RuleSettingsService {
    /** The change-log entity of a settings change. */
    public static final String ENTITY = "setting";
    public static final String INSTITUTE_NAME = TechnologyExports.INSTITUTE_NAME;
    public static final String INSTITUTE_NAME_EN = TechnologyExports.INSTITUTE_NAME_EN;
    /** The key of the logo file (kept with the settings, logged by name and SHA-256). */
    public static final String LOGO = "institute.logo";
    /** The 优秀 cap's share and rounding; stored together as {@code committee.quota.EXCELLENT = share;ROUNDING}. */
    public static final String QUOTA_SHARE = CommitteeSettings.QUOTA_PREFIX + "EXCELLENT.share";
    public static final String QUOTA_ROUNDING = CommitteeSettings.QUOTA_PREFIX + "EXCELLENT.rounding";
    private static final String QUOTA_STORED = CommitteeSettings.QUOTA_PREFIX + AppraisalGrade.EXCELLENT.name();
    /** The largest logo accepted, in bytes. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    private static final List<RuleSetting> CATALOGUE = buildCatalogue();
    private static final Map<String, RuleSetting> BY_KEY = index(CATALOGUE);

    private final Transactions tx;
    private final Clock clock;
    private final Supplier<String> actor;
    private final Session session;

    /** Acts for nobody signed in: the bootstrap administrator while the database has no account. */
    public RuleSettingsService(Transactions tx) {
        this(tx, Session.unattended(tx));
    }

    public RuleSettingsService(Transactions tx, Session session) {
        this(tx, Clock.systemDefaultZone(), ProfileService::osUser, session);
    }

    public RuleSettingsService(Transactions tx, Clock clock, Supplier<String> actor) {
        this(tx, clock, actor, Session.unattended(tx));
    }

    public RuleSettingsService(Transactions tx, Clock clock, Supplier<String> actor, Session session) {
        this.tx = tx;
        this.clock = clock;
        this.actor = actor;
        this.session = session;
    }

    /** Whether the session may change settings (screens grey out their editors otherwise; {@link #save} refuses). */
    public boolean mayEdit() {
        return session.allows(Permission.EDIT_SETTINGS);
    }

    /** A change of the logo: {@code file} null removes it. */
    public record LogoEdit(StoredFile file) {
    }

    /** Every editable setting, in display order. */
    public static List<RuleSetting> catalogue() {
        return CATALOGUE;
    }

    public static Optional<RuleSetting> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The problem with one value, or empty; an unknown key is a problem too ({@code settings.unknownKey}). */
    public static Optional<InvalidInputException> check(String key, String value) {
        RuleSetting s = BY_KEY.get(key);
        if (s == null) {
            return Optional.of(new InvalidInputException("settings.unknownKey", key));
        }
        return s.problem(value);
    }

    /** The values that are set in this database (catalogue keys only); a key not here takes its default. */
    public Map<String, String> stored() {
        session.require(Permission.VIEW);
        return tx.read(repos -> stored(repos.settings().all()));
    }

    /** Every catalogue key with its stored value, or its default when not set. */
    public Map<String, String> effective() {
        Map<String, String> stored = stored();
        Map<String, String> out = new LinkedHashMap<>();
        for (RuleSetting s : CATALOGUE) {
            out.put(s.key(), stored.getOrDefault(s.key(), s.defaultValue()));
        }
        return out;
    }

    /** The stored logo, if any. */
    public Optional<StoredFile> logo() {
        session.require(Permission.VIEW);
        return tx.read(repos -> repos.settings().file(LOGO));
    }

    /** The institute as the PDF letterhead shows it: its names (TalentBench when none is set) and logo. */
    public Letterhead letterhead() {
        session.require(Permission.VIEW);
        return tx.read(RuleSettingsService::letterhead);
    }

    static Letterhead letterhead(Repositories repos) {
        String zh = repos.settings().get(INSTITUTE_NAME).filter(s -> !s.isBlank()).orElse("TalentBench");
        String en = repos.settings().get(INSTITUTE_NAME_EN).orElse("");
        return new Letterhead(zh, en, repos.settings().file(LOGO).map(StoredFile::content).orElse(null));
    }

    /** The settings-change rows of the change log, oldest first. */
    public List<ChangeLogEntry> history() {
        session.require(Permission.VIEW);
        return tx.read(repos -> repos.changeLog().find(ENTITY, 0));
    }

    /** Saves value changes; see {@link #save(Map, LogoEdit)}. */
    public int save(Map<String, String> changes) {
        return save(changes, null);
    }

    /**
     * Validates and stores {@code changes} (key → new value; a null value restores the default) and an optional logo
     * change, in one transaction with their change-log rows. Values equal to what is stored are skipped.
     *
     * @return how many change-log rows were written (0 when nothing changed)
     * @throws InvalidInputException for the first bad key or value; nothing is written
     */
    public int save(Map<String, String> changes, LogoEdit logo) {
        session.require(Permission.EDIT_SETTINGS);
        Map<String, String> normal = new LinkedHashMap<>();
        changes.forEach((k, v) -> {
            RuleSetting s = BY_KEY.get(k);
            if (s == null) {
                throw new InvalidInputException("settings.unknownKey", k);
            }
            if (v != null) {
                s.problem(v).ifPresent(p -> {
                    throw p;
                });
            }
            normal.put(k, v == null ? null : s.normalise(v));
        });
        if (logo != null && logo.file() != null) {
            checkLogo(logo.file());
        }
        return tx.inTransaction(repos -> {
            Map<String, String> raw = repos.settings().all();
            Map<String, String> next = new TreeMap<>(raw);
            List<FieldChange> log = new ArrayList<>();
            Map<String, String> writes = new LinkedHashMap<>();
            boolean quotaTouched = false;
            for (Map.Entry<String, String> e : normal.entrySet()) {
                String k = e.getKey();
                if (k.equals(QUOTA_SHARE) || k.equals(QUOTA_ROUNDING)) {
                    quotaTouched = true;
                    continue;
                }
                writes.put(k, e.getValue());
            }
            if (quotaTouched) {
                Map<String, String> current = stored(raw);
                String share = normal.containsKey(QUOTA_SHARE) ? normal.get(QUOTA_SHARE) : current.get(QUOTA_SHARE);
                String rounding = normal.containsKey(QUOTA_ROUNDING) ? normal.get(QUOTA_ROUNDING)
                        : current.get(QUOTA_ROUNDING);
                writes.put(QUOTA_STORED, share == null && rounding == null ? null
                        : plainShare(share == null ? BY_KEY.get(QUOTA_SHARE).defaultValue() : share) + ";"
                        + (rounding == null ? BY_KEY.get(QUOTA_ROUNDING).defaultValue() : rounding));
            }
            writes.forEach((k, v) -> {
                if (v == null) {
                    next.remove(k);
                } else {
                    next.put(k, v);
                }
            });
            validateTogether(next);
            for (Map.Entry<String, String> e : writes.entrySet()) {
                String k = e.getKey();
                String old = raw.get(k);
                String now = e.getValue();
                if (Objects.equals(old, now)) {
                    continue;
                }
                if (now == null) {
                    repos.settings().remove(k);
                } else {
                    repos.settings().put(k, now);
                }
                log.add(new FieldChange(ENTITY, 0, k, old, now));
            }
            if (logo != null) {
                Optional<StoredFile> old = repos.settings().file(LOGO);
                if (!old.equals(Optional.ofNullable(logo.file()))) {
                    repos.settings().file(LOGO, logo.file());
                    log.add(new FieldChange(ENTITY, 0, LOGO, old.map(RuleSettingsService::describe).orElse(null),
                            logo.file() == null ? null : describe(logo.file())));
                }
            }
            if (!log.isEmpty()) {
                repos.changeLog().append(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                        session.principal().map(Principal::login).orElseGet(actor), log);
            }
            return log.size();
        });
    }

    /**
     * Reads a logo file for {@link LogoEdit}, refusing it as {@link #checkLogo} does.
     *
     * @throws InvalidInputException {@code settings.logo.unreadable} (file, reason) when it cannot be read
     */
    public static StoredFile readLogo(Path file) {
        try {
            if (Files.size(file) > MAX_LOGO_BYTES) {
                throw new InvalidInputException("settings.logo.tooLarge", file.getFileName().toString(),
                        MAX_LOGO_BYTES / 1024);
            }
            StoredFile f = new StoredFile(file.getFileName().toString(), Files.readAllBytes(file));
            checkLogo(f);
            return f;
        } catch (IOException e) {
            throw new InvalidInputException("settings.logo.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Refuses a logo that is empty, too large, or neither PNG nor JPEG. */
    public static void checkLogo(StoredFile file) {
        byte[] b = file.content();
        if (b.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException("settings.logo.tooLarge", file.name(), MAX_LOGO_BYTES / 1024);
        }
        boolean png = b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
        if (!png && !jpeg) {
            throw new InvalidInputException("settings.logo.type", file.name());
        }
    }

    /** The cycle rules of the database; see {@link CycleSettings}. */
    static CycleRules cycleRules(Repositories repos) {
        return CycleSettings.rules(repos.settings().all());
    }

    private static void validateTogether(Map<String, String> all) {
        CycleSettings.rules(all);
        CommitteeSettings.from(all);
    }

    private static String describe(StoredFile f) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(f.content());
            return f.name() + " sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainShare(String share) {
        double v = RuleSetting.fraction(share).orElseThrow();
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The catalogue keys set in {@code raw}, with the stored quota pair split into share and rounding. */
    private static Map<String, String> stored(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RuleSetting s : CATALOGUE) {
            String v = raw.get(s.key());
            if (v != null) {
                out.put(s.key(), v);
            }
        }
        String quota = raw.get(QUOTA_STORED);
        if (quota != null && !quota.isBlank() && !quota.strip().equalsIgnoreCase("none")) {
            String[] p = quota.split(";");
            out.put(QUOTA_SHARE, p[0].strip());
            if (p.length > 1) {
                out.put(QUOTA_ROUNDING, p[1].strip());
            }
        }
        return out;
    }

    private static List<RuleSetting> buildCatalogue() {
        List<RuleSetting> l = new ArrayList<>();
        l.add(text(INSTITUTE_NAME, Section.INSTITUTE, ""));
        l.add(text(INSTITUTE_NAME_EN, Section.INSTITUTE, ""));
        CycleRules cycles = CycleRules.defaults();
        for (ResearchCategory c : ResearchCategory.values()) {
            CategoryCycle d = cycles.cycleFor(c);
            l.add(new RuleSetting(CycleSettings.yearsKey(c), Section.CYCLES, Kind.INTEGER, Integer.toString(d.years()),
                    1, 20, List.of(), c, true));
            l.add(new RuleSetting(CycleSettings.youngYearsKey(c), Section.CYCLES, Kind.INTEGER,
                    Integer.toString(d.youngTalentYears()), 1, 20, List.of(), c, true));
            l.add(new RuleSetting(CycleSettings.checkInKey(c), Section.CYCLES, Kind.BOOLEAN,
                    Boolean.toString(d.youngTalentAnnualCheckIn()), 0, 0, List.of(), c, true));
        }
        YoungTalentRule y = cycles.youngTalent();
        l.add(choice(CycleSettings.YOUNG_MODE, Section.YOUNG_TALENT, y.mode().name(), names(YoungTalentRule.Mode.values())));
        l.add(integer(CycleSettings.YOUNG_AGE, Section.YOUNG_TALENT, y.ageUnder(), 1, 100));
        l.add(new RuleSetting(CycleSettings.YOUNG_MALE_AGE, Section.YOUNG_TALENT, Kind.OPTIONAL_INTEGER, "", 1, 100,
                List.of(), null, true));
        l.add(new RuleSetting(CycleSettings.YOUNG_FEMALE_AGE, Section.YOUNG_TALENT, Kind.OPTIONAL_INTEGER, "", 1, 100,
                List.of(), null, true));
        l.add(integer(CycleSettings.YOUNG_DOCTORATE_YEARS, Section.YOUNG_TALENT, y.maxYearsSinceDoctorate(), 0, 50));
        l.add(bool(CycleSettings.YOUNG_BREAKS_EXTEND, Section.YOUNG_TALENT, y.breaksExtend()));
        l.add(integer(CycleSettings.MATERNITY_MONTHS, Section.YOUNG_TALENT, cycles.breaks().maternityMonthsPerChild(),
                0, 120));
        l.add(integer(CycleSettings.ILLNESS_MIN_DAYS, Section.YOUNG_TALENT, cycles.breaks().illnessMinDays(), 0, 3650));
        CommitteeSettings cs = CommitteeSettings.defaults();
        QuotaRule q = cs.excellentQuota();
        l.add(new RuleSetting(QUOTA_SHARE, Section.COMMITTEE, Kind.FRACTION, q.share().toPlainString(), 0, 0,
                List.of(), null, true));
        l.add(choice(QUOTA_ROUNDING, Section.COMMITTEE, q.rounding().name(), names(RoundingRule.values())));
        // how to object, printed on the publicity list (公示名单); empty = the default sentence of the language
        l.add(text(ReportService.PUBLICITY_CONTACT + ".zh", Section.COMMITTEE, ""));
        l.add(text(ReportService.PUBLICITY_CONTACT + ".en", Section.COMMITTEE, ""));
        ConflictRules cr = cs.conflicts();
        l.add(bool(CommitteeSettings.SAME_DEPARTMENT, Section.COMMITTEE, cr.sameDepartment()));
        l.add(integer(CommitteeSettings.CO_WORK_YEARS, Section.COMMITTEE, cr.coWorkYears(), 0, 50));
        l.add(integer(CommitteeSettings.MAX_EXCLUSIONS, Section.COMMITTEE, cr.maxExclusionRequests(), 0, 20));
        l.add(choice(CommitteeSettings.METHOD, Section.COMMITTEE, cs.aggregation().method().name(),
                names(AggregationMethod.values())));
        l.add(integer(CommitteeSettings.REVIEWERS, Section.COMMITTEE, cs.reviewersPerPerson(), 1, 20));
        l.add(integer(CommitteeSettings.PUBLICITY_DAYS, Section.COMMITTEE, cs.publicityDays(), 1, 60));
        ProfileSettings ps = ProfileSettings.defaults();
        for (ResearchCategory c : ResearchCategory.values()) {
            l.add(new RuleSetting(ProfileSettings.REP_MAX_PREFIX + c.name(), Section.REPRESENTATIVE_WORKS,
                    Kind.INTEGER, Integer.toString(ps.representativeMax(c)), 1, 50, List.of(), c, true));
        }
        l.add(new RuleSetting(ProfileSettings.REP_DOMESTIC_SHARE, Section.REPRESENTATIVE_WORKS, Kind.FRACTION, "1/3",
                0, 0, List.of(), null, true));
        l.add(new RuleSetting(ProfileSettings.REP_DOMESTIC_CATEGORIES, Section.REPRESENTATIVE_WORKS, Kind.CHOICES,
                String.join("|", ps.domesticCategories().stream().map(Enum::name).toList()), 0, 0,
                names(ResearchCategory.values()), null, true));
        l.add(choice(ProfileSettings.REP_DOMESTIC_SEVERITY, Section.REPRESENTATIVE_WORKS, ps.domesticSeverity().name(),
                names(Violation.Severity.values())));
        l.add(list(ProfileSettings.TITLE_LADDER, ps.titleLadder()));
        l.add(list(ProfileSettings.DISCIPLINES, ps.disciplines()));
        l.add(list(ProfileSettings.TALENT_TAGS, ps.talentTags()));
        l.add(new RuleSetting(ProfileSettings.MIN_AGE, Section.PROFILE_LISTS, Kind.INTEGER,
                Integer.toString(ps.minAgeYears()), 0, 100, List.of(), null, false));
        return Collections.unmodifiableList(l);
    }

    private static RuleSetting text(String key, Section section, String dflt) {
        return new RuleSetting(key, section, Kind.TEXT, dflt, 0, 0, List.of(), null, false);
    }

    private static RuleSetting integer(String key, Section section, int dflt, int min, int max) {
        return new RuleSetting(key, section, Kind.INTEGER, Integer.toString(dflt), min, max, List.of(), null, true);
    }

    private static RuleSetting bool(String key, Section section, boolean dflt) {
        return new RuleSetting(key, section, Kind.BOOLEAN, Boolean.toString(dflt), 0, 0, List.of(), null, true);
    }

    private static RuleSetting choice(String key, Section section, String dflt, List<String> choices) {
        return new RuleSetting(key, section, Kind.CHOICE, dflt, 0, 0, choices, null, true);
    }

    private static RuleSetting list(String key, List<String> dflt) {
        return new RuleSetting(key, Section.PROFILE_LISTS, Kind.LIST, String.join("|", dflt), 0, 0, List.of(), null,
                false);
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<String, RuleSetting> index(List<RuleSetting> all) {
        Map<String, RuleSetting> m = new LinkedHashMap<>();
        all.forEach(s -> m.put(s.key(), s));
        return Collections.unmodifiableMap(m);
    }
}
