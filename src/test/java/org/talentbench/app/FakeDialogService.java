package org.talentbench.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.talentbench.app.common.DialogService;

/** Records what a view model would show and answers from queues, for plain JUnit view-model tests. */
public final class FakeDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToCreate = new ArrayDeque<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<String> passwordAnswers = new ArrayDeque<>();
    /** Answers to {@code choose}, matched against the options' {@code toString}. */
    public final Deque<String> choiceAnswers = new ArrayDeque<>();
    /** Answers to {@code chooseAnswer} by index; when empty, the confirm answers decide (first answer or closed). */
    public final Deque<Integer> answerIndexes = new ArrayDeque<>();
    /** The messages {@code chooseAnswer} was asked with. */
    public final List<String> answerQuestions = new ArrayList<>();

    @Override
    public int chooseAnswer(String title, String message, List<String> answers) {
        answerQuestions.add(message);
        if (!answerIndexes.isEmpty()) {
            return answerIndexes.pop();
        }
        return confirm(title, message) ? 0 : -1;
    }

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
        return confirmAnswers.isEmpty() || confirmAnswers.pop();
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen(String title) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseDatabaseToCreate(String title) {
        return Optional.ofNullable(filesToCreate.poll());
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options) {
        String answer = choiceAnswers.poll();
        return options.stream().filter(o -> String.valueOf(o).equals(answer)).findFirst();
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        return Optional.ofNullable(passwordAnswers.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        return Optional.ofNullable(filesToSave.poll());
    }
}
