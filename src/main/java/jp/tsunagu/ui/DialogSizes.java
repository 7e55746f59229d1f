package jp.tsunagu.ui;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog grows with its content: a problem or a "read as" note written under a field after the
 * dialog opened would otherwise push its buttons out of the window.
 */
public final class DialogSizes {
    private DialogSizes() {}

    public static void growWithContent(Dialog<?> dialog) {
        dialog.getDialogPane().contentProperty().addListener((o, old, now) -> follow(dialog));
        follow(dialog);
    }

    private static void follow(Dialog<?> dialog) {
        if (dialog.getDialogPane().getContent() == null) {
            return;
        }
        dialog.getDialogPane().getContent().layoutBoundsProperty().addListener((o, old, now) -> {
            Window window = dialog.getDialogPane().getScene() == null
                    ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing() && now.getHeight() > old.getHeight()) {
                window.sizeToScene();
            }
        });
    }
}
