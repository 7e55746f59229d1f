package jp.tsunagu.ui.registrant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.ui.DialogService;

/** Stands in for the person at the screen: picks the given file, says yes, remembers errors. */
final class ScriptedDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    Path fileToOpen;

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds) {
        return Optional.ofNullable(fileToOpen);
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
