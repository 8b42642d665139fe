package org.talentbench.app.common;

import java.nio.file.Path;
import java.util.List;
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

    /** Asks for a line of text (a name, a reason); empty when cancelled. */
    default Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    /** Asks where to save a file with the given extension (e.g. {@code xlsx}); empty when cancelled. */
    default Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        return Optional.empty();
    }

    /** Asks for files to import (spreadsheets, ORCID, OpenAlex, Crossref records); empty when cancelled. */
    default List<Path> chooseFilesToImport(String title) {
        return List.of();
    }

    /**
     * Asks where to save a file.
     *
     * @param extensions the offered types, e.g. {@code ".xlsx"}, the first being the default
     * @return empty when cancelled
     */
    default Optional<Path> chooseFileToSave(String title, String initialName, List<String> extensions) {
        return Optional.empty();
    }

    /** Lets the user pick one of {@code options} (shown by their {@code toString}); empty when cancelled. */
    default <T> Optional<T> choose(String title, String message, List<T> options) {
        return Optional.empty();
    }
}
