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
 * A sink that assigns ids as a store would and then forgets everything but the counts: for benchmarks and dry runs
 * of large institutes. Not thread-safe.
 */
public final class DiscardingDemoSink implements DemoSink {
    private long researcherCount;
    private long outputCount;
    private long contributionCount;
    private long representativeWorkCount;

    @Override
    public void departments(List<Department> departments) {
        // nothing to keep
    }

    @Override
    public List<Researcher> researchers(List<Researcher> batch) {
        List<Researcher> stored = new ArrayList<>(batch.size());
        for (Researcher r : batch) {
            stored.add(r.withId(new ResearcherId(++researcherCount)));
        }
        return stored;
    }

    @Override
    public List<Output> outputs(List<Output> batch) {
        List<Output> stored = new ArrayList<>(batch.size());
        for (Output o : batch) {
            stored.add(o.withId(new OutputId(++outputCount)));
            contributionCount += o.contributors().size();
        }
        return stored;
    }

    @Override
    public void representativeWorks(List<RepresentativeWork> works) {
        representativeWorkCount += works.size();
    }

    public long researcherCount() {
        return researcherCount;
    }

    public long outputCount() {
        return outputCount;
    }

    public long contributionCount() {
        return contributionCount;
    }

    public long representativeWorkCount() {
        return representativeWorkCount;
    }
}
