package jp.tsunagu.mail;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one run sends: {@code only} limits it to these addresses (empty: everyone);
 * {@code retryUncertain} sends again to those whose earlier sending was cut off (the user's say-so).
 */
public record SendOptions(Set<String> only, boolean retryUncertain) {
    public static final SendOptions ALL = new SendOptions(Set.of(), false);

    public SendOptions {
        only = only.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    boolean includes(String email) {
        return only.isEmpty() || only.contains(email.strip().toLowerCase(Locale.ROOT));
    }
}
