package org.talentbench.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random 256-bit key an encrypted database file is encrypted with (its H2 "file password"). It exists in clear
 * only in the memory of an open session: on disk it is always wrapped in a {@link KeySlots} slot. {@link #toString()}
 * never shows it, so it cannot leak into a log by accident. Not thread-safe against {@link #destroy()}: the owner of
 * the session destroys it when the database closes.
 */
public final class DataKey {
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes");
        }
        this.bytes = bytes;
    }

    /** A new random key. */
    public static DataKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new DataKey(b);
    }

    static DataKey of(byte[] bytes) {
        return new DataKey(bytes.clone());
    }

    byte[] bytes() {
        return bytes;
    }

    /** The H2 file password: the key in lower-case hex (64 characters); the caller wipes the array after use. */
    public char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    /** Overwrites the key in memory; the object is unusable afterwards. */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
