package org.talentbench.core.repo;

import java.util.List;
import java.util.Optional;
import org.talentbench.core.committee.ReviewForm;

/** Review forms, one per panel, reviewer, person and representative work. */
public interface ReviewRepository {
    List<ReviewForm> findByPanel(long panelId);

    Optional<ReviewForm> findById(long id);

    /** Inserts a form with id 0, otherwise updates it; returns it with its id. */
    ReviewForm save(ReviewForm form);
}
