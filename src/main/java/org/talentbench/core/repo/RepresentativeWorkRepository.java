package org.talentbench.core.repo;

import java.util.List;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearcherId;

/** A researcher's ordered representative works per round (round 0: the standing selection). */
public interface RepresentativeWorkRepository {
    List<RepresentativeWork> find(ResearcherId researcherId, long roundId);

    List<RepresentativeWork> findAll();

    /** Adds selections (any researchers and rounds) that are not stored yet. */
    void insertAll(List<RepresentativeWork> works);

    /** Replaces the whole ordered selection of one researcher for one round. */
    void replace(ResearcherId researcherId, long roundId, List<RepresentativeWork> works);
}
