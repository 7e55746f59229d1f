package jp.tsunagu.ui.outcome;

import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.DialogService;
import jp.tsunagu.ui.LiveChanges;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;

/** A context for view model tests: Japanese, work run at once, store changes told at once on this thread. */
public final class UiContexts {
    private UiContexts() {}

    public static UiContext of(Tsunagu app, DialogService dialogs, UndoManager undo) {
        return new UiContext(
                app,
                Messages.forLocale(Locale.JAPANESE),
                dialogs,
                new CurrentThreadTaskRunner(),
                undo,
                new LiveChanges(app.database().changes(), Runnable::run));
    }
}
