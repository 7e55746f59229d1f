package jp.tsunagu.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.tsunagu.i18n.Messages;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;
    private Path lastFolder;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds) {
        FileChooser chooser = chooser(title, kinds);
        return remember(Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(f -> f.toPath()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds) {
        FileChooser chooser = chooser(title, kinds);
        chooser.setInitialFileName(suggestedName);
        return remember(Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(f -> f.toPath()));
    }

    private FileChooser chooser(String title, List<FileKind> kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        kinds.forEach(
                k -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(k.description(), k.patterns())));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(Optional<Path> chosen) {
        chosen.map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return chosen;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void openInSystemViewer(Path file) {
        // AWT's Desktop is the portable way to hand a file to the system viewer; run it off the FX thread.
        Thread.ofVirtual().start(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                } else {
                    new ProcessBuilder("xdg-open", file.toString()).start();
                }
            } catch (IOException | UnsupportedOperationException e) {
                javafx.application.Platform.runLater(() ->
                        showError(messages.get("dialog.openFailed.title"), messages.get("dialog.openFailed", file)));
            }
        });
    }

    @Override
    public void print(Path file) {
        Thread.ofVirtual().start(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.PRINT)) {
                    Desktop.getDesktop().print(file.toFile());
                    return;
                }
            } catch (IOException | UnsupportedOperationException e) {
                // No print handler for PDFs on this system: the viewer prints instead.
            }
            javafx.application.Platform.runLater(() -> openInSystemViewer(file));
        });
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        DialogButtons.speak(alert.getDialogPane(), messages);
        return alert;
    }
}
