package org.talentbench.app.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Dialogs and notifications as view models see them, so that view models can be tested in plain JUnit with a fake.
 * Texts are already translated.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for a database file to open; empty when cancelled. */
    Optional<Path> chooseDatabaseToOpen(String title);

    /** Asks for a new database file; empty when cancelled. */
    Optional<Path> chooseDatabaseToCreate(String title);

    /**
     * Asks where to save an exported file; empty when cancelled.
     *
     * @param suggestedName file name offered, with its extension
     * @param filterLabel   translated name of the file type, e.g. "Excel 工作簿"
     * @param extension     extension without the dot, e.g. {@code xlsx}
     */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, String filterLabel, String extension) {
        return Optional.empty();
    }
}
