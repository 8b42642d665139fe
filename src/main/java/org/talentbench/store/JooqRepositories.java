package org.talentbench.store;

import org.jooq.DSLContext;
import org.talentbench.core.repo.ChangeLogRepository;
import org.talentbench.core.repo.AccountRepository;
import org.talentbench.core.repo.BallotRepository;
import org.talentbench.core.repo.CommitteeDecisionRepository;
import org.talentbench.core.repo.ConflictRepository;
import org.talentbench.core.repo.DepartmentRepository;
import org.talentbench.core.repo.OutputRepository;
import org.talentbench.core.repo.PanelRepository;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.RepresentativeWorkRepository;
import org.talentbench.core.repo.ResearcherRepository;
import org.talentbench.core.repo.ReviewRepository;
import org.talentbench.core.repo.RoundRepository;
import org.talentbench.core.repo.SchemeRepository;
import org.talentbench.core.repo.SettingsRepository;
import org.talentbench.core.repo.SnapshotRepository;
import org.talentbench.core.repo.TechnologyRepository;

/** The jOOQ repositories of one transaction, all on the same transactional context. */
final class JooqRepositories implements Repositories {
    private final DSLContext dsl;

    JooqRepositories(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ResearcherRepository researchers() {
        return new JooqResearcherRepository(dsl);
    }

    @Override
    public OutputRepository outputs() {
        return new JooqOutputRepository(dsl);
    }

    @Override
    public DepartmentRepository departments() {
        return new JooqDepartmentRepository(dsl);
    }

    @Override
    public RepresentativeWorkRepository representativeWorks() {
        return new JooqRepresentativeWorkRepository(dsl);
    }

    @Override
    public SettingsRepository settings() {
        return new JooqSettingsRepository(dsl);
    }

    @Override
    public SchemeRepository schemes() {
        return new JooqSchemeRepository(dsl);
    }

    @Override
    public RoundRepository rounds() {
        return new JooqRoundRepository(dsl);
    }

    @Override
    public SnapshotRepository snapshots() {
        return new JooqSnapshotRepository(dsl);
    }

    @Override
    public ChangeLogRepository changeLog() {
        return new JooqChangeLogRepository(dsl);
    }

    @Override
    public AccountRepository accounts() {
        return new JooqAccountRepository(dsl);
    }

    @Override
    public PanelRepository panels() {
        return new JooqPanelRepository(dsl);
    }

    @Override
    public ConflictRepository conflicts() {
        return new JooqConflictRepository(dsl);
    }

    @Override
    public ReviewRepository reviews() {
        return new JooqReviewRepository(dsl);
    }

    @Override
    public BallotRepository ballots() {
        return new JooqBallotRepository(dsl);
    }

    @Override
    public CommitteeDecisionRepository committeeDecisions() {
        return new JooqCommitteeDecisionRepository(dsl);
    }

    @Override
    public TechnologyRepository technologies() {
        return new JooqTechnologyRepository(dsl);
    }
}
