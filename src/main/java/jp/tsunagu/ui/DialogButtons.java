package jp.tsunagu.ui;

import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import jp.tsunagu.i18n.Messages;

/**
 * JavaFX names its standard buttons (OK, キャンセル) in the system's language; the window speaks the
 * language the user chose, so every dialog's standard buttons are named from our bundles.
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "dialog.ok",
            ButtonType.CANCEL, "dialog.cancel",
            ButtonType.YES, "dialog.yes",
            ButtonType.NO, "dialog.no",
            ButtonType.CLOSE, "dialog.close");

    private DialogButtons() {}

    /** Names the pane's standard buttons in the window's language. */
    public static void speak(DialogPane pane, Messages messages) {
        KEYS.forEach((type, key) -> {
            if (pane.lookupButton(type) instanceof Button button) {
                button.setText(messages.get(key));
            }
        });
    }
}
