package org.talentbench.demo;

import java.util.List;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;

/**
 * Where {@link DemoInstituteGenerator} puts what it makes. The generator calls, in this order and on its own thread:
 * {@link #departments} once, {@link #researchers} once per batch of at most
 * {@value DemoInstituteGenerator#RESEARCHER_BATCH}, {@link #outputs} once per batch of at most
 * {@value DemoInstituteGenerator#OUTPUT_BATCH}, {@link #representativeWorks} once per batch of at most
 * {@value DemoInstituteGenerator#OUTPUT_BATCH}, with {@link #progress} in between.
 *
 * <p>The store assigns ids: the generator hands over records with {@code ResearcherId.NEW}/{@code OutputId.NEW} and
 * uses the ids of the returned copies from then on (contributors of outputs and representative works reference
 * stored researcher and output ids). A store-backed sink therefore maps naturally onto
 * {@code ResearcherRepository.insertAll} and {@code OutputRepository.insertAll}, inside one transaction per batch
 * or one for the whole run, as the caller prefers. A sink need not keep anything; the generator itself keeps only
 * a few numbers per researcher, so that 10,000 researchers and a million outputs never sit in memory at once.
 */
public interface DemoSink {
    void departments(List<Department> departments);

    /**
     * Stores a batch of new researcher profiles.
     *
     * @return the stored copies, same size and order as {@code batch}, each with its assigned id
     */
    List<Researcher> researchers(List<Researcher> batch);

    /**
     * Stores a batch of new outputs whose contributors carry stored researcher ids.
     *
     * @return the stored copies, same size and order as {@code batch}, each with its assigned id
     */
    List<Output> outputs(List<Output> batch);

    /** Stores representative works (round 0, the standing selection) referencing stored ids. */
    void representativeWorks(List<RepresentativeWork> works);

    /** Fraction of the run done, 0–1, non-decreasing; the last call reports 1. */
    default void progress(double fraction) {
    }
}
