package org.talentbench.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.PasswordConverter;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string format
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (unpadded Base64), so every hash carries its own
 * parameters and salt and old hashes still verify after the defaults change. Verification compares in constant time.
 * Passwords are taken as {@code char[]} so callers can wipe them; they are never stored, logged or put in exceptions.
 *
 * <p>Defaults follow OWASP's Argon2id minimum (19 MiB, 2 passes, 1 lane). Thread-safe: immutable, and each call makes
 * its own generator.
 */
public final class PasswordHasher {
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /** Argon2id cost: memory in KiB, passes and lanes. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public Cost {
            if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("invalid Argon2 cost " + memoryKiB + "/" + iterations + "/"
                        + parallelism);
            }
        }
    }

    public static final Cost DEFAULT_COST = new Cost(19_456, 2, 1);

    private final Cost cost;
    private final SecureRandom random;

    public PasswordHasher() {
        this(DEFAULT_COST);
    }

    /** A hasher with another cost (tests use a cheap one). */
    public PasswordHasher(Cost cost) {
        this.cost = Objects.requireNonNull(cost, "cost");
        this.random = new SecureRandom();
    }

    /** A new salted hash of {@code password}, encoded with its parameters. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, cost, HASH_BYTES);
        String encoded = PREFIX + "m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
        Arrays.fill(out, (byte) 0);
        return encoded;
    }

    /** Whether {@code password} matches {@code encoded}; a malformed hash never matches. */
    public boolean verify(char[] password, String encoded) {
        Decoded d = decode(encoded);
        if (d == null) {
            return false;
        }
        byte[] actual = derive(password, d.salt(), d.cost(), d.hash().length);
        boolean same = MessageDigest.isEqual(actual, d.hash());
        Arrays.fill(actual, (byte) 0);
        return same;
    }

    /** Whether a stored hash was made with a different cost than this hasher's and should be replaced at login. */
    public boolean needsRehash(String encoded) {
        Decoded d = decode(encoded);
        return d == null || !d.cost().equals(cost);
    }

    /** Spends the time of one verification, for logins with an unknown name (no timing difference). */
    public void burn(char[] password) {
        derive(password, new byte[SALT_BYTES], cost, HASH_BYTES);
    }

    /** This hasher's cost; key slots of an encrypted database use the same one (docs/decisions/0091). */
    public Cost cost() {
        return cost;
    }

    /** The raw Argon2id output for {@code password}; for key wrapping in this package only. */
    static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .withCharToByteConverter(PasswordConverter.UTF8)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    private record Decoded(Cost cost, byte[] salt, byte[] hash) {
    }

    private static Decoded decode(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = encoded.substring(PREFIX.length()).split("\\$");
        if (parts.length != 3) {
            return null;
        }
        try {
            int m = -1;
            int t = -1;
            int p = -1;
            for (String kv : parts[0].split(",")) {
                String[] pair = kv.split("=", 2);
                int v = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> p = v;
                    default -> {
                        return null;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[1].getBytes(StandardCharsets.US_ASCII));
            byte[] hash = B64D.decode(parts[2].getBytes(StandardCharsets.US_ASCII));
            if (salt.length < 8 || hash.length < 16) {
                return null;
            }
            return new Decoded(new Cost(m, t, p), salt, hash);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}
