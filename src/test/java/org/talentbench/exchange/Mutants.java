package org.talentbench.exchange;

import java.util.Arrays;
import java.util.Random;

/** Seeded damage for fuzz tests: bit flips, truncations, deletions, insertions and byte swaps. */
public final class Mutants {
    private Mutants() {
    }

    /** The {@code index}-th mutant of {@code original} for the given random source (deterministic per seed). */
    public static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        if (b.length < 2) {
            return new byte[0];
        }
        switch (random.nextInt(5)) {
            case 0 -> { // flip a few bits
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1 -> { // truncate
                return Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 2 -> { // delete a range
                int from = random.nextInt(b.length);
                int len = 1 + random.nextInt(Math.min(64, b.length - from));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, from + len, out, from, b.length - from - len);
                return out;
            }
            case 3 -> { // insert random or structural bytes
                byte[] pool = "{}[]<>\"':,&;/\\\0\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                int at = random.nextInt(b.length);
                int len = 1 + random.nextInt(8);
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, at);
                for (int i = 0; i < len; i++) {
                    out[at + i] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : (byte) random.nextInt();
                }
                System.arraycopy(b, at, out, at + len, b.length - at);
                return out;
            }
            default -> { // overwrite a byte with a structural character
                byte[] pool = "{}[]<>\"0-9".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                b[random.nextInt(b.length)] = pool[random.nextInt(pool.length)];
                return b;
            }
        }
    }
}
