package org.talentbench.core.repo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.ResearcherId;

/** Stores research outputs and the institute researchers credited on them. */
public interface OutputRepository {
    List<Output> findAll();

    List<Output> findByResearcher(ResearcherId researcherId);

    Optional<Output> findById(OutputId id);

    /** The outputs with these ids (those that exist), ordered by id. */
    List<Output> findByIds(java.util.Collection<OutputId> ids);

    /** The identifying keys of every stored output, ordered by id: for matching imported rows. */
    List<OutputKey> findKeys();

    int count();

    /** Number of outputs crediting each researcher (researchers with none are absent). */
    Map<ResearcherId, Integer> countByResearcher();

    Output insert(Output output);

    /** Inserts many new outputs (batched); returns them with their ids, in order. */
    List<Output> insertAll(List<Output> outputs);

    /** @throws StaleRecordException when the stored version differs */
    Output update(Output output);

    void delete(OutputId id);
}
