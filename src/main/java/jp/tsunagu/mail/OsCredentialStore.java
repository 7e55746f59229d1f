package jp.tsunagu.mail;

import com.github.javakeyring.Keyring;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's credential store through java-keyring (docs/decisions/0071-password.md):
 * Windows Credential Manager, the macOS Keychain, the Secret Service (GNOME Keyring, KWallet) on
 * Linux. Opened on first use; every call has a time limit, because a Linux session without a
 * running Secret Service can leave D-Bus waiting. Failures are logged without the password and
 * treated as "not available", so the app asks for the password instead.
 */
public final class OsCredentialStore implements CredentialStore {
    private static final Logger LOG = LoggerFactory.getLogger(OsCredentialStore.class);
    private static final String SERVICE = "Tsunagu SMTP";
    private static final long LIMIT_SECONDS = 5;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "credential-store");
        thread.setDaemon(true);
        return thread;
    });
    private Keyring keyring;
    private boolean broken;

    @Override
    public synchronized boolean available() {
        return keyring() != null;
    }

    @Override
    public synchronized Optional<String> get(String account) {
        Keyring k = keyring();
        if (k == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(call(() -> k.getPassword(SERVICE, account), null));
    }

    @Override
    public synchronized boolean put(String account, String password) {
        Keyring k = keyring();
        if (k == null) {
            return false;
        }
        return call(
                () -> {
                    k.setPassword(SERVICE, account, password);
                    return true;
                },
                false);
    }

    @Override
    public synchronized void delete(String account) {
        Keyring k = keyring();
        if (k != null) {
            call(
                    () -> {
                        k.deletePassword(SERVICE, account);
                        return true;
                    },
                    false);
        }
    }

    private Keyring keyring() {
        if (keyring == null && !broken) {
            keyring = call(Keyring::create, null);
            broken = keyring == null;
        }
        return keyring;
    }

    private <T> T call(Callable<T> work, T otherwise) {
        Future<T> future = worker.submit(work);
        try {
            return future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return otherwise;
        } catch (Exception e) {
            future.cancel(true);
            // The exception's class only: a credential store's message could quote what it was given.
            LOG.warn("The credential store did not answer: {}", e.getClass().getSimpleName());
            return otherwise;
        }
    }
}
