package jp.tsunagu.mail;

/** Another participant at the recipient's table; {@code sharedEmail} is empty unless both agreed to share contacts. */
public record Tablemate(long personId, String name, String organisation, String sharedEmail) {
    public boolean sharesEmail() {
        return !sharedEmail.isEmpty();
    }
}
