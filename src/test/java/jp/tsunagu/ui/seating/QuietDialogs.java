package jp.tsunagu.ui.seating;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.ui.DialogService;

/** Stands in for the person at the screen: answers nothing, remembers the errors shown. */
final class QuietDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds) {
        return Optional.empty();
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {}

    @Override
    public void openInSystemViewer(Path file) {}
}
