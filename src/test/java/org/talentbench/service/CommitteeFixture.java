package org.talentbench.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Principal;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * A small institute for committee tests: researchers in two departments, a reviewer linked to a researcher who
 * co-authored a 2025 paper with one of the people under evaluation, representative works, and accounts for every
 * role (password "password-1" for all), on a fresh in-memory database with a hand-moved clock.
 */
final class CommitteeFixture implements AutoCloseable {
    static final char[] PASSWORD = "password-1".toCharArray();
    static final long ROUND = 11;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final Database db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    final PasswordHasher hasher = new PasswordHasher(new PasswordHasher.Cost(64, 1, 1));
    final AuthService auth;
    final AccountService accounts;
    final CommitteeService committee;
    final CalibrationService calibration;
    final Principal admin;
    final List<Researcher> people = new ArrayList<>();
    Researcher coAuthor;
    Output sharedPaper;

    CommitteeFixture() {
        db = Database.open(DatabaseLocation.memory("committee-" + COUNTER.incrementAndGet()));
        auth = new AuthService(db, hasher, clock);
        accounts = new AccountService(db, hasher, clock);
        committee = new CommitteeService(db, clock);
        calibration = new CalibrationService(db, clock);
        admin = auth.createFirstAdministrator("hr", "人事处", PASSWORD);
    }

    static Researcher researcher(String no, String name, String department, String discipline) {
        return new Researcher(ResearcherId.NEW, no, name, "", Gender.FEMALE, LocalDate.of(1985, 1, 1),
                Degree.DOCTORATE, LocalDate.of(2012, 7, 1), LocalDate.of(2013, 1, 1), department, "研究员", discipline,
                ResearchCategory.BASIC, Set.of(), "", "", "", Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(),
                0);
    }

    static Output paper(String title, LocalDate date, ResearcherId... authors) {
        List<Contribution> cs = new ArrayList<>();
        for (int i = 0; i < authors.length; i++) {
            cs.add(new Contribution(authors[i], i + 1, i == 0, 100.0 / authors.length));
        }
        return new Output(OutputId.NEW, OutputKind.JOURNAL_PAPER, title, date, "物理学报", "", "", true, null, "",
                null, null, Map.of(), cs, 0);
    }

    /** Five people P1..P5 in department PHY, each with one representative work; coAuthor (dept CHEM) wrote with P1. */
    CommitteeFixture withInstitute() {
        db.inTransaction(r -> {
            for (int i = 1; i <= 5; i++) {
                Researcher p = r.researchers().insert(researcher("P" + i, "候选人" + i, "PHY", "physics"));
                people.add(p);
                Output o = r.outputs().insert(paper("代表作 " + i, LocalDate.of(2024, 5, i), p.id()));
                r.representativeWorks().insertAll(List.of(new RepresentativeWork(0, p.id(), o.id(), 1,
                        "本人主导", "相关")));
            }
            coAuthor = r.researchers().insert(researcher("R9", "合作者", "CHEM", "physics"));
            sharedPaper = r.outputs().insert(paper("合作论文", LocalDate.of(2025, 9, 1), people.get(0).id(),
                    coAuthor.id()));
            return null;
        });
        return this;
    }

    Principal account(String login, Role role, String researcherEmployeeNo) {
        accounts.create(admin, new AccountService.NewAccount(login, login, role, researcherEmployeeNo, null, null),
                PASSWORD);
        return auth.login(login, PASSWORD);
    }

    ResearcherId p(int i) {
        return people.get(i - 1).id();
    }

    @Override
    public void close() {
        db.close();
    }
}
