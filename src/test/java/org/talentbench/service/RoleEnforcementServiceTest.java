package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.core.committee.Panel;
import org.talentbench.core.committee.RankedScore;
import org.talentbench.core.committee.ReviewAssignment;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.ProfileSettings;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.round.Round;
import org.talentbench.core.round.RoundScope;
import org.talentbench.core.round.Verification;
import org.talentbench.core.scoring.MissingInputRule;
import org.talentbench.core.tech.TechEvent;
import org.talentbench.i18n.Language;
import org.talentbench.security.Principal;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Decision 0090: the services outside the committee check the session's principal themselves. A chair, member or
 * observer is refused every data-entry call; a member's lists hold exactly the people assigned to them and the rounds
 * of their panels; a database without accounts acts for a bootstrap administrator, one with accounts refuses an
 * unsigned call. Panels and assignments are built through {@link CommitteeService} as its own tests do.
 */
class RoleEnforcementServiceTest {
    @TempDir
    Path dir;

    private CommitteeFixture f;
    private Round roundA;
    private Round roundB;
    private Principal chair;
    private Principal m1;
    private Principal m2;
    private Principal observer;

    @BeforeEach
    void setUp() {
        f = new CommitteeFixture().withInstitute();
        chair = f.account("chair", Role.CHAIR, null);
        m1 = f.account("m1", Role.MEMBER, null);
        m2 = f.account("m2", Role.MEMBER, null);
        observer = f.account("obs", Role.OBSERVER, null);
        RoundService asAdmin = new RoundService(f.db, Session.of(f.db, f.admin));
        roundA = asAdmin.create("2026 基础研究", LocalDate.of(2026, 12, 31), RoundScope.all());
        roundB = asAdmin.create("2025 基础研究", LocalDate.of(2025, 12, 31), RoundScope.all());
        // round A: chair, m1 and m2 judge P1..P4; m1 reviews P2 and P3, m2 reviews P4
        Panel a = f.committee.createPanel(chair, roundA.id(), "BASIC", "A", Set.of(chair.id(), m1.id(), m2.id()),
                List.of(new RankedScore(f.p(1), 1, 90.0), new RankedScore(f.p(2), 2, 80.0),
                        new RankedScore(f.p(3), 3, 70.0), new RankedScore(f.p(4), 4, 60.0)));
        f.committee.assign(chair, a.id(), List.of(new ReviewAssignment(a.id(), m1.id(), f.p(2)),
                new ReviewAssignment(a.id(), m1.id(), f.p(3)), new ReviewAssignment(a.id(), m2.id(), f.p(4))), false);
        // round B: only m2 and the observer sit on it, judging P5
        f.committee.createPanel(f.admin, roundB.id(), "BASIC", "B", Set.of(m2.id(), observer.id()),
                List.of(new RankedScore(f.p(5), 1, 88.0)));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Session as(Principal who) {
        return Session.of(f.db, who);
    }

    private Principal role(Role r) {
        return switch (r) {
            case ADMIN -> f.admin;
            case CHAIR -> chair;
            case MEMBER -> m1;
            case OBSERVER -> observer;
        };
    }

    private static void refused(Executable call) {
        assertThrows(AccessDeniedException.class, call);
    }

    private static Set<String> numbers(List<ResearcherSummary> rows) {
        return rows.stream().map(ResearcherSummary::employeeNo).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CHAIR", "MEMBER", "OBSERVER"})
    void everyDataEntryCallIsRefusedToTheCommittee(Role r) {
        Session s = as(role(r));
        ProfileService profiles = new ProfileService(f.db, s);
        RoundService rounds = new RoundService(f.db, s);
        refused(profiles::blank);
        refused(() -> profiles.save(new ProfileEdit(f.people.get(0), null, List.of(), List.of(), null)));
        refused(() -> profiles.saveSettings(ProfileSettings.defaults()));
        refused(() -> new ImportService(f.db, s).preview(List.of(dir.resolve("people.xlsx")), null));
        refused(() -> rounds.create("2027", LocalDate.of(2027, 12, 31), RoundScope.all()));
        refused(() -> rounds.advance(roundA.name(), null));
        refused(() -> rounds.back(roundA.name(), "why"));
        refused(() -> rounds.score(roundA.name(), null, null));
        refused(() -> rounds.decide(roundA.name(), f.p(2), false, "left"));
        refused(() -> rounds.verify(roundA.name(), f.p(2), Verification.Status.CONFIRMED, ""));
        refused(() -> rounds.checkIn(roundA.name(), f.p(2), "note"));
        refused(rounds::requireExport);
        refused(() -> new EvaluationService(f.db, s).dryRun(LocalDate.of(2026, 12, 31), ResearchCategory.BASIC, null,
                MissingInputRule.values()[0]));
        refused(() -> new RuleSettingsService(f.db, s).save(Map.of(RuleSettingsService.INSTITUTE_NAME, "某研究所")));
        refused(() -> new ExportService(f.db, s).researchers(dir.resolve("out.xlsx"), true));
        refused(() -> new ReportService(f.db, s).rankedList(roundA.name(), Language.ZH));
        TechnologyService tech = new TechnologyService(f.db, s);
        refused(() -> tech.tagResearcher(f.p(2), "quantum"));
        refused(() -> tech.record(TechEvent.add("new-tech", LocalDate.of(2026, 1, 1), "新技术", "", "g", "")));
        assertFalse(new RuleSettingsService(f.db, s).mayEdit());
        assertFalse(new ReportService(f.db, s).mayExport());
    }

    @Test
    void theAdministratorMayDoWhatTheCommitteeMayNot() {
        Session s = as(f.admin);
        RoundService rounds = new RoundService(f.db, s);
        assertEquals("2027", rounds.create("2027", LocalDate.of(2027, 12, 31), RoundScope.all()).name());
        rounds.checkIn(roundA.name(), f.p(2), "note");
        rounds.requireExport();
        assertEquals(1, new RuleSettingsService(f.db, s).save(Map.of(RuleSettingsService.INSTITUTE_NAME, "某研究所")));
        assertTrue(new ReportService(f.db, s).mayExport());
        assertEquals(6, new ResearcherService(f.db, s).list().size(), "P1..P5 and R9");
        assertEquals(Set.of(roundA.name(), roundB.name(), "2027"),
                rounds.list().stream().map(RoundSummary::name).collect(Collectors.toSet()));
    }

    @Test
    void aMemberSeesExactlyTheAssignedPeopleAndTheRoundsOfTheirPanels() {
        Session s = as(m1);
        assertEquals(Set.of("P2", "P3"), numbers(new ResearcherService(f.db, s).list()));
        assertEquals(List.of(roundA.name()), new RoundService(f.db, s).list().stream().map(RoundSummary::name)
                .toList());
        assertEquals(List.of(roundA.name()), new ReportService(f.db, s).rounds());

        ProfileService profiles = new ProfileService(f.db, s);
        assertEquals("P2", profiles.load(f.p(2)).researcher().employeeNo());
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> profiles.load(f.p(4)));
        assertEquals("error.access.personNotVisible", e.key());
        refused(() -> profiles.history(f.p(1)));
        assertEquals(Set.of("P2", "P3"), profiles.colleagues().stream().map(Colleague::employeeNo)
                .collect(Collectors.toSet()));

        AccessDeniedException round = assertThrows(AccessDeniedException.class,
                () -> new RoundService(f.db, s).participants(roundB.name()));
        assertEquals("error.access.notOnRound", round.key());
        assertEquals(Set.of("P2", "P3"), new RoundService(f.db, s).participants(roundA.name()).stream()
                .map(p -> p.employeeNo()).collect(Collectors.toSet()));

        // the other member sits on both panels and reviews P4 in A, nobody in B
        Session two = as(m2);
        assertEquals(Set.of("P4"), numbers(new ResearcherService(f.db, two).list()));
        assertEquals(Set.of(roundA.name(), roundB.name()), new RoundService(f.db, two).list().stream()
                .map(RoundSummary::name).collect(Collectors.toSet()));
    }

    @Test
    void aChairAndAnObserverSeeThePeopleOfThePanelsTheySitOn() {
        assertEquals(Set.of("P1", "P2", "P3", "P4"), numbers(new ResearcherService(f.db, as(chair)).list()));
        // a chair sets up panels from a round's ranking, so sees every round, but not the people of round B
        assertEquals(2, new RoundService(f.db, as(chair)).list().size());
        refused(() -> new ProfileService(f.db, as(chair)).load(f.p(5)));

        assertEquals(Set.of("P5"), numbers(new ResearcherService(f.db, as(observer)).list()));
        assertEquals(List.of(roundB.name()), new RoundService(f.db, as(observer)).list().stream()
                .map(RoundSummary::name).toList());
    }

    @Test
    void aMembersRankedListHoldsOnlyTheirPeople() {
        new RoundService(f.db, as(f.admin)).score(roundA.name(), null, null);
        RankedList all = new RoundService(f.db, as(f.admin)).ranking(roundA.name());
        Set<String> everyone = all.rows().stream().map(x -> x.employeeNo()).collect(Collectors.toSet());
        assertTrue(everyone.containsAll(Set.of("P1", "P2", "P3", "P4", "P5")), everyone.toString());
        RankedList mine = new RoundService(f.db, as(m1)).ranking(roundA.name());
        assertEquals(Set.of("P2", "P3"), mine.rows().stream().map(x -> x.employeeNo()).collect(Collectors.toSet()));
        refused(() -> new RoundService(f.db, as(m1)).card(all.snapshot().id(), f.p(1)));
        refused(() -> new RoundService(f.db, as(observer)).ranking(roundA.name()));
    }

    @Test
    void withoutAccountsTheServicesActAsTheAdministratorAndWithAccountsAnUnsignedCallIsRefused() {
        try (Database fresh = Database.open(DatabaseLocation.memory("bootstrap-" + System.nanoTime()))) {
            RoundService rounds = new RoundService(fresh);
            assertEquals("2026", rounds.create("2026", LocalDate.of(2026, 12, 31), RoundScope.all()).name());
            assertEquals(1, rounds.list().size());

            new AuthService(fresh, f.hasher, Clock.systemUTC()).createFirstAdministrator("hr", "HR",
                    CommitteeFixture.PASSWORD);
            AccessDeniedException e = assertThrows(AccessDeniedException.class, rounds::list);
            assertEquals("error.access.signInRequired", e.key());
            assertTrue(e.badInput(), "the command line exits with 2");
            refused(() -> new ResearcherService(fresh).list());
        }
    }

    @Test
    void aWorkspaceActsForWhoeverSignedIn() {
        Workspace ws = new Workspace(f.db);
        refused(() -> ws.researchers().list());
        ws.signIn(m1);
        assertEquals(Set.of("P2", "P3"), numbers(ws.researchers().list()));
        refused(() -> ws.rounds().create("2027", LocalDate.of(2027, 12, 31), RoundScope.all()));
        ws.signIn(f.admin);
        assertEquals(6, ws.researchers().list().size());
        ws.signOut();
        refused(() -> ws.profiles().load(f.p(2)));
    }
}
