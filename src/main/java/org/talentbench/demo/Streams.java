package org.talentbench.demo;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the spec's seed: one per researcher and purpose, so that each profile, each
 * researcher's outputs and each selection of representative works are reproducible on their own.
 *
 * <p>The stream seed is a full 64-bit hash of (seed, index, purpose). A plain {@code seed + index * constant} is not
 * enough: {@link SplittableRandom} seeds that differ by a multiple of its internal increment yield shifted copies of
 * one sequence, which made neighbouring researchers share birth and hire dates.
 *
 * <p>Transcendental functions in the generator go through {@link StrictMath} and {@link #gaussian}, never
 * {@code Math.exp} or {@code nextGaussian()}: those may differ in the last bit between platforms and JIT tiers, and
 * one flipped comparison in a Poisson draw would give another institute on another machine.
 */
final class Streams {
    static final int PROFILE = 1;
    static final int OUTPUTS = 2;
    static final int SELECTION = 3;

    private Streams() {
    }

    static SplittableRandom forResearcher(long seed, int index, int purpose) {
        long h = mix64(seed ^ 0x5DEECE66DL);
        h = mix64(h ^ index);
        h = mix64(h ^ ((long) purpose << 32));
        return new SplittableRandom(h);
    }

    /** A standard normal draw (Marsaglia's polar method; the second value is dropped), bit-identical everywhere. */
    static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    /** The SplitMix64 / MurmurHash3 finaliser: every input bit affects every output bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
