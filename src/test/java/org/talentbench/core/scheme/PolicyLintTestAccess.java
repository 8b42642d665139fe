package org.talentbench.core.scheme;

/** Lets tests in other packages reuse the deliberately bad scheme of {@link PolicyLintTest}. */
public final class PolicyLintTestAccess {
    private PolicyLintTestAccess() {
    }

    public static Scheme badScheme() {
        return PolicyLintTest.badScheme();
    }
}
