package jp.tsunagu.mail;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where the SMTP password comes from, never from the store file or the log: an environment
 * variable the settings name (the command line's {@code --password-env}), else one typed in this
 * app start, else the operating system's credential store when the user chose to keep it there.
 */
public final class MailPasswords {
    private final CredentialStore system;
    private final Map<String, String> thisStart = new ConcurrentHashMap<>();

    public MailPasswords(CredentialStore system) {
        this.system = system;
    }

    /** Whether the system has a credential store the password can be kept in. */
    public boolean canKeep() {
        return system.available();
    }

    /** The password for {@code settings}: {@code environment} looks up an environment variable. */
    public Optional<String> find(MailSettings settings, UnaryOperator<String> environment) {
        if (!settings.passwordEnv().isEmpty()) {
            String value = environment.apply(settings.passwordEnv());
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        String typed = thisStart.get(settings.account());
        if (typed != null) {
            return Optional.of(typed);
        }
        return system.get(settings.account());
    }

    /** Whether a password is kept in the system's credential store for {@code settings}. */
    public boolean kept(MailSettings settings) {
        return system.get(settings.account()).isPresent();
    }

    /**
     * Remembers {@code password} until the app closes, and in the system's credential store too when
     * {@code keep} (else removes any kept there). Returns whether it is kept in the system store.
     */
    public boolean remember(MailSettings settings, String password, boolean keep) {
        thisStart.put(settings.account(), password);
        if (keep) {
            return system.put(settings.account(), password);
        }
        system.delete(settings.account());
        return false;
    }

    /** Forgets the password for {@code settings} everywhere this app put it. */
    public void forget(MailSettings settings) {
        thisStart.remove(settings.account());
        system.delete(settings.account());
    }
}
