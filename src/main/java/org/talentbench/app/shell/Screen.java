package org.talentbench.app.shell;

/** The main window's screens, in navigation order. Each has {@code nav.<name>} and {@code screen.<name>.*} texts. */
public enum Screen {
    RESEARCHERS,
    EVALUATION,
    COMMITTEE,
    PANELS,
    REPORTS,
    KEY_TECHNOLOGIES,
    ACCOUNTS,
    SETTINGS;

    public String key() {
        return switch (this) {
            case RESEARCHERS -> "researchers";
            case EVALUATION -> "evaluation";
            case COMMITTEE -> "committee";
            case PANELS -> "panels";
            case REPORTS -> "reports";
            case KEY_TECHNOLOGIES -> "keyTechnologies";
            case ACCOUNTS -> "accounts";
            case SETTINGS -> "settings";
        };
    }
}
