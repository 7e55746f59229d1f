package jp.tsunagu.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stands in for the person at the screen in tests: picks the files it is given, answers
 * confirmations as told, and remembers the errors shown and the files opened.
 */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<Path> opened = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public Path fileToOpen;
    public Path saveAs;
    public boolean confirmAnswer = true;
    /** Answers for the next confirmations in turn; once used up, {@link #confirmAnswer}. */
    public final java.util.Deque<Boolean> answers = new java.util.ArrayDeque<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds) {
        return Optional.ofNullable(saveAs);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return answers.isEmpty() ? confirmAnswer : answers.poll();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {}

    @Override
    public void openInSystemViewer(Path file) {
        opened.add(file);
    }
}
