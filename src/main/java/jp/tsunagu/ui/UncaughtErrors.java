package jp.tsunagu.ui;

import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.i18n.UserError;

/**
 * What happens to an error nobody caught, on the FX thread or a background one: the user gets a
 * plain message in their language (never a stack trace), the log gets the stack trace (without
 * personal data, see the log's format). Installed for every thread when the window starts.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger("jp.tsunagu.ui");

    private final Messages messages;
    private final DialogService dialogs;
    private final Executor uiThread;

    public UncaughtErrors(Messages messages, DialogService dialogs, Executor uiThread) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
    }

    /** Makes this the handler of the FX thread and of every thread that has none of its own. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        uiThread.execute(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.log(Level.SEVERE, "Uncaught on thread " + thread.getName(), error);
            String message = error instanceof UserError userError
                    ? userError.describe(messages)
                    : messages.get("error.uncaught");
            uiThread.execute(() -> dialogs.showError(messages.get("error.uncaught.title"), message));
        } catch (RuntimeException | Error whileReporting) {
            // Reporting must never throw again (that would end the FX thread); the log may still take it.
            LOG.log(Level.SEVERE, "While reporting an uncaught error", whileReporting);
        }
    }
}
