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

    /** Asks for a password in a masked field; empty when cancelled. The caller clears the returned array after use. */
    default Optional<char[]> askPassword(String title, String prompt) {
        return Optional.empty();
    }

    /** Asks where to save a file with the given extension (e.g. {@code xlsx}); empty when cancelled. */
    default Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        return Optional.empty();
    }

    /** Asks for a folder to write files into; empty when cancelled. */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /**
     * Asks for one existing file to read (an image, a document).
     *
     * @param extensions the accepted file patterns, e.g. {@code "*.png"}
     * @return empty when cancelled
     */
    default Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
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

    /** The answer to a save conflict. */
    enum VersionChoice { KEEP_MINE, TAKE_THEIRS }

    /** One line of a version comparison: a field and its value in my edit and in the stored version. */
    record VersionRow(String field, String mine, String theirs) {
    }

    /**
     * Someone else saved the record first: shows both versions side by side and asks which to keep. There is no
     * cancel; closing the dialog keeps the user's own edit in the editor without saving it (answered as
     * {@code null}).
     *
     * @return the choice, or null when the dialog was closed
     */
    default VersionChoice chooseVersion(String title, String message, List<VersionRow> rows, String keepMine,
                                        String takeTheirs) {
        return confirm(title, message) ? VersionChoice.KEEP_MINE : VersionChoice.TAKE_THEIRS;
    }

    /**
     * Asks the user to pick one of several answers shown as buttons (the first is the default).
     *
     * @return the index of the answer, or -1 when the dialog was closed
     */
    default int chooseAnswer(String title, String message, List<String> answers) {
        return confirm(title, message) ? 0 : -1;
    }
}
