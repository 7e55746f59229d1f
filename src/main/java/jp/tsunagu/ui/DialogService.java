package jp.tsunagu.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view model asks of the person at the screen: files to open or save, a yes or no,
 * an error to read. Tests answer with a stand-in.
 */
public interface DialogService {
    /** A file filter: a description and patterns such as {@code *.xlsx}. */
    record FileKind(String description, List<String> patterns) {}

    Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds);

    boolean confirm(String title, String message);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Opens a file (a saved PDF, say) in the system's own viewer. */
    void openInSystemViewer(Path file);

    /**
     * Hands a PDF to the system to print: its print dialog where the system offers one, else the
     * viewer, to print from there.
     */
    default void print(Path file) {
        openInSystemViewer(file);
    }
}
