package org.talentbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.committee.Role;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.security.Credentials;
import org.talentbench.security.KeySlotFile;
import org.talentbench.security.Principal;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;
import org.talentbench.store.DatabaseOpenException;
import org.talentbench.store.DatabaseProblem;

/** Encryption at rest end to end: the file reveals nothing, and exactly the active accounts can open it. */
class EncryptedDatabaseTest {
    static final String NAME_ZH = "张三丰";
    static final String NAME_EN = "Quillfeather Zanzibar";
    static final char[] ADMIN_PW = "correct horse 1".toCharArray();

    @TempDir
    Path dir;

    static Researcher researcher() {
        return new Researcher(ResearcherId.NEW, "E-9001", NAME_ZH, NAME_EN, Gender.MALE, LocalDate.of(1980, 4, 9),
                Degree.DOCTORATE, LocalDate.of(2008, 6, 20), LocalDate.of(2009, 7, 1), "AI", "研究员",
                "计算机科学技术", ResearchCategory.BASIC, Set.of(), "", "quill@example.org", "", Set.of(),
                EmploymentStatus.ACTIVE, List.of(), List.of(), 0);
    }

    /**
     * Whether {@code needle} occurs in the file either as UTF-8 or as H2's own string encoding (MVStore's
     * DataUtils.writeStringData: like UTF-8, but the continuation bytes of a character above U+07FF carry no 0x80
     * marker, so 张 U+5F20 is stored as E5 3C 20 rather than E5 BC A0).
     */
    static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.UTF_8))
                || indexOf(haystack, h2StringBytes(needle));
    }

    private static byte[] h2StringBytes(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : s.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static boolean indexOf(byte[] haystack, byte[] n) {
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static Path createEncryptedWithResearcher(Path file) {
        Workspace.Opened c = Workspace.createEncrypted(file, "admin", "管理员", ADMIN_PW.clone());
        try (Database db = openedDatabase(c.workspace())) {
            db.inTransaction(r -> r.researchers().insert(researcher()));
        }
        return file;
    }

    /** The database under a workspace (closing it closes the workspace's database). */
    private static Database openedDatabase(Workspace ws) {
        return ws.database();
    }

    private static Credentials admin() {
        return new Credentials("admin", ADMIN_PW.clone());
    }

    @Test
    void anEncryptedFileRevealsNoNameWhileAPlainOneDoes() throws IOException {
        Path plain = dir.resolve("plain");
        try (Database db = Database.open(DatabaseLocation.file(plain), true)) {
            db.inTransaction(r -> r.researchers().insert(researcher()));
        }
        byte[] plainBytes = Files.readAllBytes(DatabaseLocation.file(plain).dataFile());
        assertThat(contains(plainBytes, NAME_ZH)).as("plain file holds the Chinese name").isTrue();
        assertThat(contains(plainBytes, NAME_EN)).as("plain file holds the Latin name").isTrue();

        Path secret = createEncryptedWithResearcher(dir.resolve("secret"));
        byte[] secretBytes = Files.readAllBytes(DatabaseLocation.file(secret).dataFile());
        assertThat(contains(secretBytes, NAME_ZH)).as("encrypted file hides the Chinese name").isFalse();
        assertThat(contains(secretBytes, NAME_EN)).as("encrypted file hides the Latin name").isFalse();
        assertThat(contains(secretBytes, "admin")).as("encrypted file hides the login").isFalse();
        byte[] keys = Files.readAllBytes(KeySlotFile.beside(DatabaseLocation.file(secret).file()));
        assertThat(contains(keys, NAME_ZH) || contains(keys, NAME_EN)).as("the key file holds no names").isFalse();
    }

    @Test
    void theRightPasswordOpensItAndShowsTheData() {
        Path file = createEncryptedWithResearcher(dir.resolve("inst"));
        try (Workspace ws = Workspace.open(file, admin())) {
            assertThat(ws.encrypted()).isTrue();
            Principal p = ws.auth().login("admin", ADMIN_PW.clone());
            assertThat(p.role()).isEqualTo(Role.ADMIN);
            assertThat(ws.database().read(r -> r.researchers().findByEmployeeNo("E-9001")).orElseThrow().nameZh())
                    .isEqualTo(NAME_ZH);
        }
    }

    @Test
    void aWrongPasswordOrUnknownLoginIsRefusedWithTheSameMessage() {
        Path file = createEncryptedWithResearcher(dir.resolve("inst"));
        assertThatThrownBy(() -> Workspace.open(file, new Credentials("admin", "wrong password".toCharArray())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("error.auth.failed"));
        assertThatThrownBy(() -> Workspace.open(file, new Credentials("nobody", ADMIN_PW.clone())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("error.auth.failed"));
    }

    @Test
    void openingWithoutALoginSaysTheFileIsEncrypted() {
        Path file = createEncryptedWithResearcher(dir.resolve("inst"));
        assertThatThrownBy(() -> Workspace.open(file, false))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.ENCRYPTED));
        assertThat(Workspace.isEncrypted(file)).isTrue();
    }

    private static final char[] MEMBER_PW = "member password 2".toCharArray();

    private Path withMember() {
        Path file = createEncryptedWithResearcher(dir.resolve("inst"));
        try (Workspace ws = Workspace.open(file, admin())) {
            Principal a = ws.auth().login("admin", ADMIN_PW.clone());
            ws.accounts().create(a, new AccountService.NewAccount("lihua", "李华", Role.MEMBER, null, null, null),
                    MEMBER_PW.clone());
        }
        return file;
    }

    private com.fasterxml.jackson.databind.JsonNode slotOf(Path file, String login) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Files.readAllBytes(KeySlotFile.beside(DatabaseLocation.file(file).file())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        com.fasterxml.jackson.databind.JsonNode found = null;
        for (com.fasterxml.jackson.databind.JsonNode slot : root.path("slots")) {
            if (slot.path("login").asText().equals(login)) {
                assertThat(found).as("one slot for " + login).isNull();
                found = slot;
            }
        }
        return found;
    }

    @Test
    void aSecondAccountOpensItWithItsOwnPassword() {
        Path file = withMember();
        try (Workspace ws = Workspace.open(file, new Credentials("lihua", MEMBER_PW.clone()))) {
            assertThat(ws.auth().login("lihua", MEMBER_PW.clone()).role()).isEqualTo(Role.MEMBER);
            assertThat(ws.database().read(r -> r.researchers().findByEmployeeNo("E-9001")).orElseThrow().nameLatin())
                    .isEqualTo(NAME_EN);
        }
    }

    @Test
    void aDisabledAccountCanNoLongerOpenIt() throws IOException {
        Path file = withMember();
        try (Workspace ws = Workspace.open(file, admin())) {
            Principal a = ws.auth().login("admin", ADMIN_PW.clone());
            AccountSummary member = ws.accounts().list(a).stream().filter(x -> x.login().equals("lihua"))
                    .findFirst().orElseThrow();
            ws.accounts().setActive(a, member.id(), false);
        }
        assertThat(slotOf(file, "lihua")).isNull();
        assertThatThrownBy(() -> Workspace.open(file, new Credentials("lihua", MEMBER_PW.clone())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("error.auth.failed"));
        try (Workspace ws = Workspace.open(file, admin())) {
            assertThat(ws.encrypted()).isTrue();
        }
    }

    @Test
    void aPasswordChangeRewrapsOnlyThatSlot() throws IOException {
        Path file = withMember();
        String adminSlotBefore = slotOf(file, "admin").toString();
        String memberSlotBefore = slotOf(file, "lihua").toString();
        char[] newPw = "a brand new secret".toCharArray();
        try (Workspace ws = Workspace.open(file, new Credentials("lihua", MEMBER_PW.clone()))) {
            Principal m = ws.auth().login("lihua", MEMBER_PW.clone());
            ws.accounts().changeOwnPassword(m, MEMBER_PW.clone(), newPw.clone());
        }
        assertThat(slotOf(file, "admin").toString()).isEqualTo(adminSlotBefore);
        assertThat(slotOf(file, "lihua").toString()).isNotEqualTo(memberSlotBefore);
        assertThatThrownBy(() -> Workspace.open(file, new Credentials("lihua", MEMBER_PW.clone())))
                .isInstanceOf(UserFacingException.class);
        try (Workspace ws = Workspace.open(file, new Credentials("lihua", newPw.clone()))) {
            assertThat(ws.auth().login("lihua", newPw.clone()).login()).isEqualTo("lihua");
        }
    }

    @Test
    void anAdministratorsResetRewrapsOnlyThatSlot() throws IOException {
        Path file = withMember();
        String adminSlotBefore = slotOf(file, "admin").toString();
        char[] reset = "reset by the admin".toCharArray();
        try (Workspace ws = Workspace.open(file, admin())) {
            Principal a = ws.auth().login("admin", ADMIN_PW.clone());
            AccountSummary member = ws.accounts().list(a).stream().filter(x -> x.login().equals("lihua"))
                    .findFirst().orElseThrow();
            ws.accounts().resetPassword(a, member.id(), reset.clone());
        }
        assertThat(slotOf(file, "admin").toString()).isEqualTo(adminSlotBefore);
        try (Workspace ws = Workspace.open(file, new Credentials("lihua", reset.clone()))) {
            assertThat(ws.encrypted()).isTrue();
        }
    }

    /** Account administration that never touches the key file: what a crash right after the commit leaves. */
    private static AccountService withoutKeys(Workspace ws) {
        return new AccountService(ws.database(), new org.talentbench.security.PasswordHasher(),
                java.time.Clock.systemUTC(), org.talentbench.security.KeyRing.NONE);
    }

    @Test
    void anAccountWhoseSlotWasLostGetsItAtItsNextSignIn() throws IOException {
        Path file = createEncryptedWithResearcher(dir.resolve("inst"));
        try (Workspace ws = Workspace.open(file, admin())) {
            Principal a = ws.auth().login("admin", ADMIN_PW.clone());
            withoutKeys(ws).create(a, new AccountService.NewAccount("lihua", "李华", Role.MEMBER, null, null, null),
                    MEMBER_PW.clone());
        }
        assertThat(slotOf(file, "lihua")).isNull();
        assertThatThrownBy(() -> Workspace.open(file, new Credentials("lihua", MEMBER_PW.clone())))
                .isInstanceOf(UserFacingException.class);
        try (Workspace ws = Workspace.open(file, admin())) {
            ws.auth().login("lihua", MEMBER_PW.clone()); // switch user in a session the administrator opened
        }
        Workspace.openAndSignIn(file, "lihua", MEMBER_PW.clone()).workspace().close();
    }

    @Test
    void aDisabledAccountsLeftoverSlotIsDroppedAtTheNextSignIn() throws IOException {
        Path file = withMember();
        try (Workspace ws = Workspace.open(file, admin())) {
            Principal a = ws.auth().login("admin", ADMIN_PW.clone());
            AccountSummary member = ws.accounts().list(a).stream().filter(x -> x.login().equals("lihua"))
                    .findFirst().orElseThrow();
            withoutKeys(ws).setActive(a, member.id(), false);
        }
        assertThat(slotOf(file, "lihua")).isNotNull();
        Workspace.openAndSignIn(file, "admin", ADMIN_PW.clone()).workspace().close();
        assertThat(slotOf(file, "lihua")).isNull();
    }

    @Test
    void aCrashDuringAPasswordChangeLeavesTheAcceptedPasswordAbleToOpenTheFile() {
        Path file = withMember();
        char[] newPw = "a brand new secret".toCharArray();
        try (Workspace ws = Workspace.open(file, new Credentials("lihua", MEMBER_PW.clone()))) {
            Principal m = ws.auth().login("lihua", MEMBER_PW.clone());
            ws.database().keyRing().stage("lihua", newPw.clone()); // step one, then the commit, then the crash
            withoutKeys(ws).changeOwnPassword(m, MEMBER_PW.clone(), newPw.clone());
        }
        Workspace.openAndSignIn(file, "lihua", newPw.clone()).workspace().close();
        // that sign-in also dropped the old password's slot: one slot again, and the old password opens nothing
        assertThat(slotOf(file, "lihua")).isNotNull();
        assertThatThrownBy(() -> Workspace.open(file, new Credentials("lihua", MEMBER_PW.clone())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("error.auth.failed"));
    }
}
