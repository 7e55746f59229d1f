package jp.tsunagu.mail;

import java.util.Optional;

/** Where a password may be kept between app starts: the operating system's credential store, or nowhere. */
public interface CredentialStore {
    /** Whether passwords can be kept here at all (false where the system has no credential store). */
    boolean available();

    Optional<String> get(String account);

    /** Keeps the password; false when the store refused it. */
    boolean put(String account, String password);

    void delete(String account);

    /** The store for a machine without one: keeps nothing. */
    CredentialStore NONE = new CredentialStore() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<String> get(String account) {
            return Optional.empty();
        }

        @Override
        public boolean put(String account, String password) {
            return false;
        }

        @Override
        public void delete(String account) {}
    };
}
