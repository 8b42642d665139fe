package org.talentbench.core.repo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/** Stores researcher profiles with their career breaks and category/department history. */
public interface ResearcherRepository {
    List<Researcher> findAll();

    Optional<Researcher> findById(ResearcherId id);

    Optional<Researcher> findByEmployeeNo(String employeeNo);

    /** The stored profiles among {@code ids}, in id order (unknown ids are skipped). */
    List<Researcher> findByIds(Collection<ResearcherId> ids);

    int count();

    /** Inserts a new profile; returns it with its id and version 1. */
    Researcher insert(Researcher researcher);

    /** Inserts many new profiles in order; returns them with their ids. */
    List<Researcher> insertAll(List<Researcher> researchers);

    /**
     * Updates a stored profile whose version equals the stored one; returns it with the next version.
     *
     * @throws StaleRecordException when the stored version differs
     */
    Researcher update(Researcher researcher);
}
