package org.talentbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talentbench.app.shell.Screen;
import org.talentbench.app.researchers.ResearchersViewModel;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.committee.AppraisalGrade;
import org.talentbench.core.committee.ConflictKind;
import org.talentbench.core.committee.ReviewCriterion;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.OutputKeys;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.OutputSchema;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.service.AuditService;
import org.talentbench.store.BackupProblem;
import org.talentbench.store.DatabaseProblem;

/**
 * Every key used in code or FXML exists in Chinese and English, and every key defined is used (JabRef's
 * LocalizationConsistencyTest is the model). Keys built at run time from enum names are checked against the enums.
 */
class LocalizationConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:\\.get|getString|UserFacingException)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    /** Families of keys whose last part is a code produced by the core or a service at run time. */
    private static final Set<String> CODE_FAMILIES = Set.of("error.", "cycle.reason.", "lint.", "flag.", "demo.error.",
            "policy.");

    @Test
    void bothLanguagesDefineTheSameKeys() throws IOException {
        Set<String> zh = keys("messages_zh_CN.properties");
        Set<String> en = keys("messages_en.properties");
        assertEquals(new TreeSet<>(en), new TreeSet<>(zh), "keys differ between Chinese and English");
    }

    @Test
    void noKeyIsDefinedTwiceInAFile() throws IOException {
        for (String file : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            Path path = RESOURCES.resolve(Messages.BUNDLE.replace('.', '/').replace("/messages", "/") + file);
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) {
                    continue;
                }
                String key = t.substring(0, t.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertTrue(twice.isEmpty(), file + " defines twice (the later silently wins): " + twice);
        }
    }

    @Test
    void everyKeyUsedInCodeOrFxmlIsDefined() throws IOException {
        Set<String> defined = keys("messages_en.properties");
        Set<String> missing = new TreeSet<>(usedLiteralKeys());
        missing.removeAll(defined);
        assertTrue(missing.isEmpty(), "used but not defined: " + missing);
    }

    @Test
    void everyDefinedKeyIsUsed() throws IOException {
        Set<String> used = new TreeSet<>(usedLiteralKeys());
        used.addAll(dynamicKeys());
        Set<String> unused = keys("messages_en.properties").stream()
                .filter(k -> !used.contains(k))
                .filter(k -> CODE_FAMILIES.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unused.isEmpty(), "defined but never used: " + unused);
    }

    @Test
    void valuesAreNotBlankAndPlaceholdersMatch() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            String z = zh.getProperty(key, "");
            assertTrue(!e.isBlank() && !z.isBlank(), "blank text for " + key);
            assertEquals(placeholders(placeholder, e), placeholders(placeholder, z), "placeholders differ for " + key);
        }
    }

    private static Set<String> placeholders(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(ResearchCategory.values()).forEach(c -> keys.add("category." + c.name()));
        Arrays.stream(Gender.values()).forEach(g -> keys.add("gender." + g.name()));
        Arrays.stream(EmploymentStatus.values()).forEach(s -> keys.add("status." + s.name()));
        Arrays.stream(DatabaseProblem.values()).forEach(p -> keys.add(p.key()));
        Arrays.stream(BackupProblem.values()).forEach(p -> keys.add(p.key()));
        keys.add("audit.intact");
        AuditService.TAMPERS.forEach(t -> keys.add("audit.broken." + t));
        Arrays.stream(Language.values()).forEach(l -> keys.add("language." + l.code()));
        // committee
        Arrays.stream(Role.values()).forEach(r -> keys.add("role." + r.name()));
        Arrays.stream(ConflictKind.values()).forEach(k -> keys.add("conflict.kind." + k.name()));
        Arrays.stream(org.talentbench.core.committee.ObjectionOutcome.values())
                .forEach(k -> keys.add("objection.outcome." + k.name()));
        Arrays.stream(ReviewCriterion.values()).forEach(c -> keys.add("review.criterion." + c.name()));
        Arrays.stream(AppraisalGrade.values()).forEach(g -> keys.add("appraisal.grade." + g.name()));
        Arrays.stream(org.talentbench.core.committee.DiscussionReason.values())
                .forEach(v -> keys.add("discussion.reason." + v));
        Arrays.stream(org.talentbench.core.committee.RoundingRule.values())
                .forEach(v -> keys.add("quota.rounding." + v));
        for (int band = 1; band <= 5; band++) {
            keys.add("review.anchor." + band);
        }
        Arrays.stream(org.talentbench.core.round.RoundStage.values()).forEach(v -> keys.add("round.stage." + v));
        Arrays.stream(org.talentbench.core.round.Participation.values()).forEach(v -> keys.add("participation." + v));
        Arrays.stream(org.talentbench.core.round.Grade.values()).forEach(v -> keys.add("grade." + v));
        Arrays.stream(org.talentbench.core.round.ListFlag.values()).forEach(v -> keys.add("listFlag." + v));
        Arrays.stream(org.talentbench.core.cycle.CycleStatus.values()).forEach(v -> keys.add("cycleStatus." + v));
        Arrays.stream(org.talentbench.core.scoring.InputStatus.values()).forEach(v -> keys.add("inputStatus." + v));
        Arrays.stream(org.talentbench.core.round.Movement.Kind.values()).forEach(v -> keys.add("movement." + v));
        Arrays.stream(org.talentbench.app.evaluation.EvaluationViewModel.Axis.values())
                .forEach(v -> keys.add("ninebox.axis." + v));
        for (int level = 0; level < 3; level++) {
            keys.add("ninebox.level." + level);
        }
        keys.addAll(Set.of("rounds.history.forward", "rounds.history.back"));
        Arrays.stream(org.talentbench.core.round.Verification.Status.values())
                .forEach(v -> keys.add("verify.status." + v));
        // --- rule settings ---
        for (org.talentbench.service.RuleSetting s : org.talentbench.service.RuleSettingsService.catalogue()) {
            keys.add(org.talentbench.app.settings.RuleTexts.labelKey(s));
            s.choices().forEach(c -> keys.add(org.talentbench.app.settings.RuleTexts.choiceKey(s, c)));
        }
        Arrays.stream(org.talentbench.service.RuleSetting.Section.values()).forEach(v -> {
            keys.add("settings.section." + v);
            keys.add("settings.note." + v);
        });
        keys.add("settings.section.DATA");
        // --- profiles ---
        Arrays.stream(Degree.values()).forEach(d -> keys.add("degree." + d.name()));
        Arrays.stream(CareerBreakKind.values()).forEach(k -> keys.add("breakKind." + k.name()));
        ProfileSettings.DEFAULT_TALENT_TAGS.forEach(t -> keys.add("talentTag." + t));
        Arrays.stream(ResearchersViewModel.Grouping.values()).forEach(g -> keys.add("researchers.group." + g.name()));
        Arrays.stream(OutputKeys.Match.values()).forEach(m -> keys.add("output.duplicate.reason." + m.name()));
        for (OutputKind k : OutputKind.values()) {
            OutputSchema.Shape shape = OutputSchema.of(k);
            keys.add("output.kind." + k.name());
            keys.add("output.venue." + k.name());
            if (shape.externalId()) {
                keys.add("output.externalId." + k.name());
            }
            for (OutputSchema.Attribute a : shape.attributes()) {
                keys.add("output.attr." + a.key());
                a.choices().forEach(c -> keys.add("output.value." + a.key() + "." + c));
            }
        }
        Set.of("output", "contributionStatement", "relevanceStatement").forEach(p -> keys.add("history.work." + p));
        Set.of("breaks", "history").forEach(f -> keys.add("profile.field." + f));
        Set.of("venue", "externalId", "contributors", "deleted").forEach(f -> keys.add("output.field." + f));
        for (Screen s : Screen.values()) {
            keys.add("nav." + s.key());
            if (s != Screen.RESEARCHERS && s != Screen.SETTINGS) {
                keys.add("screen." + s.key() + ".coming");
            }
        }
        return keys;
    }

    private static Set<String> usedLiteralKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(CODE_KEY, Files.readString(f, StandardCharsets.UTF_8), used);
            }
        }
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                collect(FXML_KEY, Files.readString(f, StandardCharsets.UTF_8), used);
            }
        }
        return used;
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return load(file).stringPropertyNames();
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(
                "/" + Messages.BUNDLE.replace('.', '/').replace("/messages", "/") + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
