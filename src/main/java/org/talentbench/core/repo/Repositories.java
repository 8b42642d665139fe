package org.talentbench.core.repo;

/** The repositories of one unit of work. Obtained from {@link Transactions}; never kept beyond the callback. */
public interface Repositories {
    ResearcherRepository researchers();

    OutputRepository outputs();

    DepartmentRepository departments();

    RepresentativeWorkRepository representativeWorks();

    SettingsRepository settings();

    AccountRepository accounts();

    PanelRepository panels();

    ConflictRepository conflicts();

    ReviewRepository reviews();

    BallotRepository ballots();

    CommitteeDecisionRepository committeeDecisions();

    SchemeRepository schemes();

    RoundRepository rounds();

    SnapshotRepository snapshots();
}
