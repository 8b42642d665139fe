package org.talentbench.demo;

import java.util.ArrayList;
import java.util.List;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A sink that keeps everything in lists and assigns ids 1, 2, 3 … (researchers and outputs counted separately) and
 * version 1, as a fresh store would. For tests and the standard 240-researcher demo; not thread-safe (the generator
 * calls it from one thread).
 */
public final class InMemoryDemoSink implements DemoSink {
    private final List<Department> departments = new ArrayList<>();
    private final List<Researcher> researchers = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final List<RepresentativeWork> works = new ArrayList<>();

    @Override
    public void departments(List<Department> batch) {
        departments.addAll(batch);
    }

    @Override
    public List<Researcher> researchers(List<Researcher> batch) {
        List<Researcher> stored = new ArrayList<>(batch.size());
        for (Researcher r : batch) {
            Researcher s = r.withId(new ResearcherId(researchers.size() + 1L)).withVersion(1);
            researchers.add(s);
            stored.add(s);
        }
        return stored;
    }

    @Override
    public List<Output> outputs(List<Output> batch) {
        List<Output> stored = new ArrayList<>(batch.size());
        for (Output o : batch) {
            Output s = o.withId(new OutputId(outputs.size() + 1L)).withVersion(1);
            outputs.add(s);
            stored.add(s);
        }
        return stored;
    }

    @Override
    public void representativeWorks(List<RepresentativeWork> batch) {
        works.addAll(batch);
    }

    /** Everything received so far. */
    public DemoInstitute institute() {
        return new DemoInstitute(departments, researchers, outputs, works);
    }
}
