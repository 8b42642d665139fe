package org.talentbench.demo;

import java.util.SplittableRandom;

/** Exact shares for small populations: largest-remainder quotas, dealt in a seeded random order. */
final class Quotas {
    private Quotas() {
    }

    /**
     * {@code n} class indices whose counts follow {@code weights} as closely as whole numbers allow (largest
     * remainder, ties to the lower index), in an order shuffled with {@code rng}.
     */
    static byte[] shuffled(int n, double[] weights, SplittableRandom rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int k = 0; k < weights.length; k++) {
            double exact = n * weights[k] / total;
            counts[k] = (int) Math.floor(exact);
            remainders[k] = exact - counts[k];
            assigned += counts[k];
        }
        while (assigned < n) {
            int best = 0;
            for (int k = 1; k < weights.length; k++) {
                if (remainders[k] > remainders[best]) {
                    best = k;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (int k = 0; k < weights.length; k++) {
            for (int c = 0; c < counts[k]; c++) {
                out[at++] = (byte) k;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            byte t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
