package org.talentbench.app;

/** Placeholder replaced by the JavaFX application in the next commit. */
public final class TalentBenchApp {
    private TalentBenchApp() {
    }

    public static void launchApp(String[] args) {
        throw new UnsupportedOperationException("GUI not built yet");
    }
}
