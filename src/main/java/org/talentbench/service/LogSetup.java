package org.talentbench.service;

/**
 * Points the rolling log file at the data directory before the first logger is created (LogConfigurator reads the
 * {@code talentbench.logdir} property).
 */
public final class LogSetup {
    private LogSetup() {
    }

    public static void init() {
        if (System.getProperty("talentbench.logdir") == null) {
            System.setProperty("talentbench.logdir", AppPaths.logDirectory().toString());
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
