package jp.tsunagu.ui;

import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;

/**
 * What every screen is built with: the services (a page hands each view model the ones it uses,
 * by name), the user's language, dialogs, background work, undo, and the store's changes as the
 * window sees them.
 */
public record UiContext(
        Tsunagu app, Messages messages, DialogService dialogs, TaskRunner tasks, UndoManager undo, LiveChanges live) {

    /** The window's context, told of the store's changes on the FX thread. */
    public UiContext(Tsunagu app, Messages messages, DialogService dialogs, TaskRunner tasks, UndoManager undo) {
        this(app, messages, dialogs, tasks, undo, new LiveChanges(app.database().changes(), LiveChanges.fxThread()));
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
