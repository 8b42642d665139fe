package org.talentbench.core.repo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talentbench.core.committee.AccountId;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.researcher.ResearcherId;

/** Committee panels with their members and ranked people, reviewer assignments and the meeting's current case. */
public interface PanelRepository {
    Panel insert(Panel panel, Instant at);

    Optional<Panel> findById(long id);

    List<Panel> findByRound(long roundId);

    List<Panel> findAll();

    void replaceMembers(long panelId, Set<AccountId> members);

    void replacePeople(long panelId, List<RankedScore> people);

    List<ReviewAssignment> assignments(long panelId);

    /** Adds assignments that are not stored yet; {@code method} is MANUAL, BULK or AUTO. */
    void addAssignments(List<ReviewAssignment> assignments, String method, AccountId by, Instant at);

    void removeAssignment(ReviewAssignment assignment);

    Optional<ResearcherId> currentCase(long panelId);

    void setCurrentCase(long panelId, ResearcherId person, Instant at);
}
