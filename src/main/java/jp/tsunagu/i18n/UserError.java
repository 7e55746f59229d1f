package jp.tsunagu.i18n;

import java.util.List;

/**
 * Placeholder until the foundation's UserError lands on main: a user mistake as a bundle key and
 * arguments. At merge, main's class replaces this one.
 */
public class UserError extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public UserError(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
