package org.talentbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.app.FakeDialogService;
import org.talentbench.app.common.StatusViewModel;
import org.talentbench.app.common.TaskRunner;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;
import org.talentbench.security.Principal;
import org.talentbench.service.AccountService;
import org.talentbench.service.UserSettings;
import org.talentbench.service.Workspace;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Decision 0090 in the main window: the signed-in account is handed to the workspace, so a member's Researchers
 * screen lists only the people assigned to them (none here) and hides New researcher, and the File menu's import and
 * the Evaluation commands are greyed out; the administrator gets them back after switching user.
 */
class MainViewModelRolesTest {
    @TempDir
    Path dir;

    private MainViewModel vm;
    private final Deque<String[]> typed = new ArrayDeque<>();

    @BeforeEach
    void create() {
        vm = new MainViewModel(Messages.of(Language.EN), new UserSettings(dir.resolve("settings.properties")),
                TaskRunner.direct(), new FakeDialogService(), new StatusViewModel());
        vm.setSignInPresenter(s -> {
            String[] t = typed.poll();
            if (t == null) {
                return Optional.empty();
            }
            s.loginProperty().set(t[0]);
            s.passwordProperty().set(t[1]);
            s.repeatProperty().set(t[1]);
            s.displayNameProperty().set(t[0]);
            Principal[] who = new Principal[1];
            s.submit(p -> who[0] = p);
            return Optional.ofNullable(who[0]);
        });
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private static Researcher researcher(String no) {
        return new Researcher(ResearcherId.NEW, no, "研究员" + no, "", Gender.MALE, LocalDate.of(1985, 1, 1),
                Degree.DOCTORATE, null, null, "PHY", "", "physics", ResearchCategory.BASIC, Set.of(), "", "", "",
                Set.of(), EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    @Test
    void aMembersResearchersScreenHidesTheEditActionsAndShowsNobodyUnassigned() {
        Path file = dir.resolve("inst");
        try (Database db = Database.open(DatabaseLocation.file(file), true)) {
            db.inTransaction(r -> {
                r.researchers().insert(researcher("P1"));
                r.researchers().insert(researcher("P2"));
                return null;
            });
        }
        typed.add(new String[] {"hr", "first-pass-1"});
        vm.start(Optional.of(file));
        Workspace ws = vm.workspaceProperty().get();
        Principal admin = vm.principalProperty().get();
        assertEquals(2, vm.researchers().totalCount());
        assertTrue(vm.researchers().canEditProperty().get());
        assertTrue(vm.mayImportProperty().get());
        assertTrue(vm.evaluation().mayManageProperty().get());
        ws.accounts().create(admin, new AccountService.NewAccount("m1", "Member One", Role.MEMBER, null, null, null),
                "member-pass-1".toCharArray());

        typed.add(new String[] {"m1", "member-pass-1"});
        vm.switchUser();

        assertEquals("m1", vm.principalProperty().get().login());
        assertFalse(vm.researchers().canEditProperty().get(), "New researcher is hidden");
        assertFalse(vm.mayEditProfilesProperty().get());
        assertFalse(vm.mayImportProperty().get(), "File → Import is greyed out");
        assertFalse(vm.mayExportProperty().get());
        assertFalse(vm.evaluation().mayManageProperty().get(), "new round, advance and score are greyed out");
        assertEquals(0, vm.researchers().totalCount(), "nobody is assigned to the member yet");

        typed.add(new String[] {"hr", "first-pass-1"});
        vm.switchUser();
        assertTrue(vm.researchers().canEditProperty().get());
        assertEquals(2, vm.researchers().totalCount());
    }
}
