package org.talentbench.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key slots of an encrypted database: for each account's login, the {@link DataKey} wrapped with AES-GCM under a
 * key derived from that account's password with Argon2id (salt and cost stored with the slot). Anyone who knows one
 * account's password can unwrap the data key; a wrong password fails GCM's tag and is indistinguishable from an
 * unknown login. The slot's login is authenticated as GCM's associated data, so a slot cannot be moved to another
 * login. A login may briefly hold two slots (old and new password) while a password change commits
 * (docs/decisions/0091-encryption-at-rest.md).
 *
 * <p>Immutable; the JSON form ({@link #toJson()}) keeps every untouched slot byte for byte.
 */
public final class KeySlots {
    public static final int FORMAT = 1;
    public static final String CIPHER = "AES";
    private static final String KDF = "argon2id";
    private static final String AAD_PREFIX = "talentbench-keyslot:" + FORMAT + ":";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /** One wrapped copy of the data key. */
    public record Slot(String login, PasswordHasher.Cost cost, byte[] salt, byte[] nonce, byte[] wrapped) {
        @Override
        public String toString() {
            return "Slot[" + login + "]";
        }
    }

    private final List<Slot> slots;

    private KeySlots(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    public static KeySlots empty() {
        return new KeySlots(List.of());
    }

    public List<Slot> slots() {
        return slots;
    }

    /** The logins holding at least one slot. */
    public Set<String> logins() {
        return Set.copyOf(slots.stream().map(Slot::login).toList());
    }

    /** Wraps {@code key} for {@code login} under a key derived from {@code password}. */
    public static Slot wrap(String login, char[] password, DataKey key, PasswordHasher.Cost cost) {
        byte[] salt = new byte[PasswordHasher.SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] kek = PasswordHasher.derive(password, salt, cost, DataKey.BYTES);
        try {
            Cipher c = gcm(Cipher.ENCRYPT_MODE, kek, nonce, login);
            return new Slot(login, cost, salt, nonce, c.doFinal(key.bytes()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /**
     * The data key, when {@code password} opens one of {@code login}'s slots; empty for a wrong password or a login
     * without a slot (which costs the same derivation, so the answer time says nothing).
     */
    public Optional<DataKey> unwrap(String login, char[] password) {
        String l = login == null ? "" : login.strip();
        List<Slot> mine = slots.stream().filter(s -> s.login().equals(l)).toList();
        if (mine.isEmpty()) {
            PasswordHasher.derive(password, new byte[PasswordHasher.SALT_BYTES], PasswordHasher.DEFAULT_COST,
                    DataKey.BYTES);
            return Optional.empty();
        }
        for (Slot s : mine) {
            byte[] kek = PasswordHasher.derive(password, s.salt(), s.cost(), DataKey.BYTES);
            try {
                byte[] raw = gcm(Cipher.DECRYPT_MODE, kek, s.nonce(), s.login()).doFinal(s.wrapped());
                DataKey key = DataKey.of(raw);
                Arrays.fill(raw, (byte) 0);
                return Optional.of(key);
            } catch (AEADBadTagException | IllegalArgumentException e) {
                // wrong password for this slot: try the next one of the same login
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM unavailable", e);
            } finally {
                Arrays.fill(kek, (byte) 0);
            }
        }
        return Optional.empty();
    }

    /** These slots plus {@code slot} (the login's other slots stay). */
    public KeySlots adding(Slot slot) {
        List<Slot> next = new ArrayList<>(slots);
        next.add(slot);
        return new KeySlots(next);
    }

    /** These slots with every slot of {@code slot.login()} replaced by {@code slot}, in the first one's place. */
    public KeySlots replacing(Slot slot) {
        List<Slot> next = new ArrayList<>();
        boolean placed = false;
        for (Slot s : slots) {
            if (!s.login().equals(slot.login())) {
                next.add(s);
            } else if (!placed) {
                next.add(slot);
                placed = true;
            }
        }
        if (!placed) {
            next.add(slot);
        }
        return new KeySlots(next);
    }

    /** These slots without any of {@code login}'s. */
    public KeySlots removing(String login) {
        return new KeySlots(slots.stream().filter(s -> !s.login().equals(login)).toList());
    }

    /** These slots without the last of {@code login}'s (the one a password change staged). */
    public KeySlots withoutLast(String login) {
        List<Slot> next = new ArrayList<>(slots);
        for (int i = next.size() - 1; i >= 0; i--) {
            if (next.get(i).login().equals(login)) {
                next.remove(i);
                break;
            }
        }
        return new KeySlots(next);
    }

    /** These slots keeping only those of {@code logins}. */
    public KeySlots retaining(Set<String> logins) {
        return new KeySlots(slots.stream().filter(s -> logins.contains(s.login())).toList());
    }

    private static Cipher gcm(int mode, byte[] kek, byte[] nonce, String login) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD((AAD_PREFIX + login).getBytes(StandardCharsets.UTF_8));
        return c;
    }

    /** The sidecar file's text: format, cipher, and per slot the login, Argon2id cost and salt, nonce and wrapped key. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("cipher", CIPHER);
        ArrayNode array = root.putArray("slots");
        for (Slot s : slots) {
            ObjectNode o = array.addObject();
            o.put("login", s.login());
            o.put("kdf", KDF);
            o.put("memoryKiB", s.cost().memoryKiB());
            o.put("iterations", s.cost().iterations());
            o.put("parallelism", s.cost().parallelism());
            o.put("salt", B64.encodeToString(s.salt()));
            o.put("wrap", "AES-GCM");
            o.put("nonce", B64.encodeToString(s.nonce()));
            o.put("wrappedKey", B64.encodeToString(s.wrapped()));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a sidecar file's text.
     *
     * @throws IOException when it is not a key file of a known format
     */
    public static KeySlots fromJson(byte[] text) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IOException("not a key file: " + e.getMessage(), e);
        }
        if (root == null || root.path("format").asInt(-1) != FORMAT || !CIPHER.equals(root.path("cipher").asText())
                || !root.path("slots").isArray()) {
            throw new IOException("not a key file of format " + FORMAT);
        }
        List<Slot> slots = new ArrayList<>();
        try {
            for (JsonNode o : root.path("slots")) {
                if (!KDF.equals(o.path("kdf").asText())) {
                    throw new IOException("unknown key derivation " + o.path("kdf").asText());
                }
                slots.add(new Slot(o.path("login").asText(),
                        new PasswordHasher.Cost(o.path("memoryKiB").asInt(), o.path("iterations").asInt(),
                                o.path("parallelism").asInt()),
                        B64D.decode(o.path("salt").asText()), B64D.decode(o.path("nonce").asText()),
                        B64D.decode(o.path("wrappedKey").asText())));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged key file: " + e.getMessage(), e);
        }
        return new KeySlots(slots);
    }
}
