package jp.tsunagu.ui;

import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;

/** What every screen is built with: the services, the user's language, dialogs, background work, undo. */
public record UiContext(Tsunagu app, Messages messages, DialogService dialogs, TaskRunner tasks, UndoManager undo) {
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
