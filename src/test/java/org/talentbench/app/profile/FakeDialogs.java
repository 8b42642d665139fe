package org.talentbench.app.profile;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.talentbench.app.common.DialogService;

/** A {@link DialogService} that records what was asked and gives queued answers. */
final class FakeDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    final Deque<Integer> choices = new ArrayDeque<>();
    final Deque<Boolean> confirms = new ArrayDeque<>();
    VersionChoice versionAnswer = VersionChoice.KEEP_MINE;
    List<VersionRow> lastVersionRows = List.of();

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
        return confirms.isEmpty() || confirms.pop();
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen(String title) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseDatabaseToCreate(String title) {
        return Optional.empty();
    }

    @Override
    public VersionChoice chooseVersion(String title, String message, List<VersionRow> rows, String keepMine,
                                       String takeTheirs) {
        asked.add(message);
        lastVersionRows = rows;
        return versionAnswer;
    }

    @Override
    public int chooseAnswer(String title, String message, List<String> answers) {
        asked.add(message);
        return choices.isEmpty() ? -1 : choices.pop();
    }
}
