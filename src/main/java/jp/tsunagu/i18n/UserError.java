package jp.tsunagu.i18n;

import java.util.Arrays;

/**
 * Something the user can mend: a bad value, a missing event, an unreadable file. Carries a bundle
 * key and its arguments rather than text, so the window and the command line each say it in the
 * user's language.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public UserError(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public UserError(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language. */
    public String describe(Messages messages) {
        return messages.get(key, args);
    }
}
