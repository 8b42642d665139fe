package org.talentbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrapping the data key per account, and the sidecar file that holds the slots. */
class KeySlotsTest {
    private static final PasswordHasher.Cost CHEAP = new PasswordHasher.Cost(64, 1, 1);

    @TempDir
    Path dir;

    private static String hex(DataKey k) {
        return new String(k.filePassword());
    }

    @Test
    void theRightPasswordUnwrapsTheSameKeyAndAWrongOneNothing() {
        DataKey key = DataKey.generate();
        KeySlots slots = KeySlots.empty().adding(KeySlots.wrap("hr", "secret-1".toCharArray(), key, CHEAP));
        assertThat(slots.unwrap("hr", "secret-1".toCharArray()).map(KeySlotsTest::hex)).contains(hex(key));
        assertThat(slots.unwrap("hr", "secret-2".toCharArray())).isEmpty();
        assertThat(slots.unwrap("nobody", "secret-1".toCharArray())).isEmpty();
    }

    @Test
    void theFilePasswordIsTheKeyInHexAndNeverShown() {
        DataKey key = DataKey.generate();
        char[] pw = key.filePassword();
        assertThat(pw).hasSize(64);
        assertThat(HexFormat.of().parseHex(new String(pw))).hasSize(DataKey.BYTES);
        assertThat(key.toString()).doesNotContain(new String(pw).substring(0, 8));
    }

    @Test
    void aSlotCannotBeMovedToAnotherLogin() {
        DataKey key = DataKey.generate();
        KeySlots.Slot mine = KeySlots.wrap("alice", "same-pass".toCharArray(), key, CHEAP);
        KeySlots.Slot moved = new KeySlots.Slot("mallory", mine.cost(), mine.salt(), mine.nonce(), mine.wrapped());
        assertThat(KeySlots.empty().adding(moved).unwrap("mallory", "same-pass".toCharArray())).isEmpty();
    }

    @Test
    void aStagedSlotOpensAlongsideTheOldOneUntilReplaced() {
        DataKey key = DataKey.generate();
        KeySlots slots = KeySlots.empty().adding(KeySlots.wrap("hr", "old-pass".toCharArray(), key, CHEAP))
                .adding(KeySlots.wrap("hr", "new-pass".toCharArray(), key, CHEAP));
        assertThat(slots.unwrap("hr", "old-pass".toCharArray())).isPresent();
        assertThat(slots.unwrap("hr", "new-pass".toCharArray())).isPresent();
        KeySlots done = slots.replacing(KeySlots.wrap("hr", "new-pass".toCharArray(), key, CHEAP));
        assertThat(done.slots()).hasSize(1);
        assertThat(done.unwrap("hr", "old-pass".toCharArray())).isEmpty();
        assertThat(slots.withoutLast("hr").unwrap("hr", "new-pass".toCharArray())).isEmpty();
    }

    @Test
    void theSidecarRoundTripsHoldsNoKeyInClearAndIsOwnerOnly() throws IOException {
        DataKey key = DataKey.generate();
        Path file = KeySlotFile.beside(dir.resolve("inst"));
        assertThat(file.getFileName().toString()).isEqualTo("inst.keys.json");
        KeySlotFile.write(file, KeySlots.empty().adding(KeySlots.wrap("hr", "secret-1".toCharArray(), key, CHEAP)));
        byte[] text = Files.readAllBytes(file);
        assertThat(new String(text, StandardCharsets.UTF_8)).doesNotContain(hex(key))
                .contains("\"format\" : 1", "\"cipher\" : \"AES\"", "argon2id", "\"login\" : \"hr\"");
        assertThat(KeySlotFile.read(file).unwrap("hr", "secret-1".toCharArray()).map(KeySlotsTest::hex))
                .contains(hex(key));
        try {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("inst.keys.json");
        }
    }

    @Test
    void theRingRemovesAndKeepsSlotsByLogin() throws IOException {
        DataKey key = DataKey.generate();
        Path file = dir.resolve("x.keys.json");
        KeySlotFile.write(file, KeySlots.empty());
        KeySlotFile ring = new KeySlotFile(file, key, CHEAP);
        ring.put("a", "pass-a-1".toCharArray());
        ring.put("b", "pass-b-1".toCharArray());
        ring.put("c", "pass-c-1".toCharArray());
        ring.remove("b");
        ring.retainOnly(Set.of("a", "b"));
        assertThat(KeySlotFile.read(file).logins()).containsExactly("a");
        assertThat(ring.hasSlot("a")).isTrue();
    }

    @Test
    void aFileThatIsNotAKeyFileIsRefused() throws IOException {
        Path file = dir.resolve("bad.keys.json");
        Files.writeString(file, "{\"format\": 99}");
        assertThatThrownBy(() -> KeySlotFile.read(file)).isInstanceOf(IOException.class);
        Files.writeString(file, "not json at all");
        assertThatThrownBy(() -> KeySlotFile.read(file)).isInstanceOf(IOException.class);
    }

    @Test
    void destroyingTheKeyOverwritesIt() {
        DataKey key = DataKey.generate();
        key.destroy();
        char[] zero = new char[64];
        Arrays.fill(zero, '0');
        assertThat(key.filePassword()).isEqualTo(zero);
    }
}
