package org.talentbench.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.app.common.DialogService;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.app.researchers.ResearchersViewModel;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.service.ResearcherSummary;

/**
 * Filtering the researchers table as the user types, at the view-model level: 10,000 rows, one keystroke per
 * invocation (the search text grows and shrinks through the prefixes of a pinyin name, an employee number or a Chinese
 * name, so every call really refilters). The figure is the time from the text change to the updated visible list and
 * counts; the target is 100 ms. Run with
 * {@code java -cp target/test-classes:target/classes:<deps> org.openjdk.jmh.Main ResearchersFilterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ResearchersFilterBenchmark {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] SURNAMES_PY = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
            "Zhou", "Xu", "Sun"};
    private static final String[] GIVEN = {"晓明", "华", "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰",
            "娟", "涛", "超", "明", "霞", "平", "刚"};
    private static final String[] GIVEN_PY = {"Xiaoming", "Hua", "Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yang",
            "Yan", "Yong", "Jun", "Jie", "Juan", "Tao", "Chao", "Ming", "Xia", "Ping", "Gang"};

    @Param({"10000"})
    public int researchers;

    /** What is typed: pinyin with a space, an employee number, a Chinese name. */
    @Param({"wang xiaoming", "JS2012004", "张伟"})
    public String typed;

    private ResearchersViewModel vm;
    private String[] keystrokes;
    private int next;

    @Setup
    public void setUp() {
        vm = new ResearchersViewModel(Messages.of(Language.ZH), TaskRunner.direct(), new NoDialogs());
        List<ResearcherSummary> rows = new ArrayList<>(researchers);
        for (int i = 0; i < researchers; i++) {
            int s = i % SURNAMES.length;
            int g = (i / SURNAMES.length) % GIVEN.length;
            rows.add(new ResearcherSummary(new ResearcherId(i + 1), String.format("JS%04d%03d", 1996 + i % 30, i % 997),
                    SURNAMES[s] + GIVEN[g], SURNAMES_PY[s] + " " + GIVEN_PY[g], i % 3 == 0 ? Gender.FEMALE : Gender.MALE,
                    LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28), "D" + (i % 8), "研究所" + (i % 8),
                    "Institute " + (i % 8), "副研究员", "计算机科学技术", ResearchCategory.values()[i % 4],
                    EmploymentStatus.ACTIVE, "", i % 300));
        }
        vm.show(rows);
        List<String> strokes = new ArrayList<>();
        for (int n = 1; n <= typed.length(); n++) {
            strokes.add(typed.substring(0, n));
        }
        for (int n = typed.length() - 1; n >= 0; n--) {
            strokes.add(typed.substring(0, n));
        }
        keystrokes = strokes.toArray(String[]::new);
        next = 0;
    }

    @Benchmark
    public int keystroke() {
        vm.searchProperty().set(keystrokes[next]);
        next = (next + 1) % keystrokes.length;
        return vm.visibleRows().size() + vm.countsProperty().get().length();
    }

    /** Dialogs are never shown while filtering. */
    static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
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
