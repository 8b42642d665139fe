package org.talentbench.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talentbench.app.common.DialogService;

/** A {@link DialogService} that answers from fields and records what it was asked to show. */
final class FakeDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> informations = new ArrayList<>();
    List<Path> filesToImport = List.of();
    Path saveAs;
    int choice = 0;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
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
    public List<Path> chooseFilesToImport(String title) {
        return filesToImport;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<String> extensions) {
        return Optional.ofNullable(saveAs);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options) {
        return Optional.of(options.get(choice));
    }
}
