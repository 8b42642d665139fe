package org.talentbench.core.scheme;

/** Lets tests in other packages reuse the A1 scheme of {@link AhpWeightsTest}. */
public final class AhpWeightsTestAccess {
    private AhpWeightsTestAccess() {
    }

    public static Scheme schemeWithA1() {
        return AhpWeightsTest.schemeWithA1();
    }
}
