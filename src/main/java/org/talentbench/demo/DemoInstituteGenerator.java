package org.talentbench.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;

/**
 * Generates a believable, fully deterministic demo research institute in Jiangsu: departments named after the
 * seed article's key-technology fields, researchers with Chinese names and pinyin, degrees, titles, categories,
 * career breaks and history, eight years of outputs of every kind with colleagues credited, and standing
 * representative works.
 *
 * <p>Determinism: everything is drawn from {@link java.util.SplittableRandom} streams derived from the spec's seed
 * and the researcher's index, nothing iterates a hash-ordered collection, and the clock is never read; the same spec
 * gives exactly the same records. Ids come from the sink, so the same spec on a different store differs only in ids.
 *
 * <p>Memory: profiles go to the sink in batches of {@value #RESEARCHER_BATCH} and outputs in batches of
 * {@value #OUTPUT_BATCH}; the generator keeps about a hundred bytes per researcher plus a few candidate
 * representative works each, so 10,000 researchers with about a million outputs run in a small heap. Not
 * thread-safe; one generation runs on the calling thread.
 */
public final class DemoInstituteGenerator {
    public static final int RESEARCHER_BATCH = 1_000;
    public static final int OUTPUT_BATCH = 5_000;
    /** The demo institute's name (funder of its own projects); DemoService stores it with a "（示范）" suffix. */
    public static final String INSTITUTE_NAME_ZH = "江苏省先进技术研究院";
    public static final String INSTITUTE_NAME_EN = "Jiangsu Institute of Advanced Technology";

    private static final Logger LOG = LoggerFactory.getLogger(DemoInstituteGenerator.class);
    private static final double PROFILES_PART = 0.05;
    private static final double OUTPUTS_PART = 0.9;

    private DemoInstituteGenerator() {
    }

    /** The departments every demo institute has, in order. */
    public static List<Department> departments() {
        List<Department> departments = new ArrayList<>();
        for (Fields.Field field : Fields.ALL) {
            departments.add(field.department());
        }
        return departments;
    }

    /** Generates the institute described by {@code spec} into {@code sink}. */
    public static void generate(DemoSpec spec, DemoSink sink) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(sink, "sink");
        sink.progress(0);
        sink.departments(departments());

        Staff staff = new Staff(spec.researchers());
        ProfileFactory profiles = new ProfileFactory(spec, staff);
        List<Researcher> batch = new ArrayList<>(RESEARCHER_BATCH);
        for (int i = 0; i < staff.n; i++) {
            batch.add(profiles.make(i));
            if (batch.size() == RESEARCHER_BATCH || i == staff.n - 1) {
                List<Researcher> stored = sink.researchers(batch);
                if (stored.size() != batch.size()) {
                    throw new IllegalStateException("sink returned " + stored.size() + " of " + batch.size() + " researchers");
                }
                int first = i + 1 - batch.size();
                for (int k = 0; k < stored.size(); k++) {
                    staff.id[first + k] = stored.get(k).id().value();
                }
                batch.clear();
                sink.progress(PROFILES_PART * (i + 1) / staff.n);
            }
        }
        staff.indexDepartments(Fields.ALL.size());

        OutputFactory outputs = new OutputFactory(spec, staff);
        RepresentativeSelector selector = new RepresentativeSelector(spec, staff);
        List<Output> buffer = new ArrayList<>(OUTPUT_BATCH + 1_000);
        long total = 0;
        for (int i = 0; i < staff.n; i++) {
            outputs.generateFor(i, buffer);
            while (buffer.size() >= OUTPUT_BATCH) {
                total += flush(sink, selector, buffer, OUTPUT_BATCH);
                sink.progress(PROFILES_PART + OUTPUTS_PART * (i + 1) / staff.n);
            }
        }
        if (!buffer.isEmpty()) {
            total += flush(sink, selector, buffer, buffer.size());
        }
        sink.progress(PROFILES_PART + OUTPUTS_PART);

        List<RepresentativeWork> works = selector.build();
        for (int from = 0; from < works.size(); from += OUTPUT_BATCH) {
            sink.representativeWorks(List.copyOf(works.subList(from, Math.min(works.size(), from + OUTPUT_BATCH))));
        }
        LOG.info("demo institute: {} researchers, {} outputs, {} representative works (seed {}, reference date {})",
                staff.n, total, works.size(), spec.seed(), spec.referenceDate());
        sink.progress(1);
    }

    private static int flush(DemoSink sink, RepresentativeSelector selector, List<Output> buffer, int count) {
        List<Output> head = buffer.subList(0, count);
        List<Output> batch = new ArrayList<>(head);
        head.clear();
        List<Output> stored = sink.outputs(batch);
        if (stored.size() != batch.size()) {
            throw new IllegalStateException("sink returned " + stored.size() + " of " + batch.size() + " outputs");
        }
        selector.accept(stored);
        return count;
    }

    /** Generates the institute into memory: for tests, benchmarks and the standard 240-researcher demo. */
    public static DemoInstitute generateInMemory(DemoSpec spec) {
        InMemoryDemoSink sink = new InMemoryDemoSink();
        generate(spec, sink);
        return sink.institute();
    }
}
