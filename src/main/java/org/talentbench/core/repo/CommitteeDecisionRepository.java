package org.talentbench.core.repo;

import java.util.List;
import java.util.Optional;
import org.talentbench.core.committee.CaseNote;
import org.talentbench.core.committee.CommitteeEvent;
import org.talentbench.core.committee.GradeDecision;
import org.talentbench.core.committee.Objection;
import org.talentbench.core.committee.Publicity;
import org.talentbench.core.committee.QuotaOverride;
import org.talentbench.core.committee.RoundLock;

/**
 * What a committee decides and records: grades, quota overrides, meeting minutes, publicity, objections, the round
 * lock and the append-only committee record.
 */
public interface CommitteeDecisionRepository {
    List<GradeDecision> grades(long panelId);

    /** Inserts or replaces the grade of one person in one panel. */
    void saveGrade(GradeDecision grade);

    List<QuotaOverride> quotaOverrides(long panelId);

    void putQuotaOverride(QuotaOverride override);

    List<CaseNote> caseNotes(long panelId);

    void saveCaseNote(CaseNote note);

    Optional<Publicity> publicity(long roundId);

    void savePublicity(Publicity publicity);

    List<Objection> objections(long roundId);

    Objection insertObjection(Objection objection);

    void updateObjection(Objection objection);

    Optional<RoundLock> lock(long roundId);

    void insertLock(RoundLock lock);

    void log(CommitteeEvent event);

    List<CommitteeEvent> events(long roundId);
}
