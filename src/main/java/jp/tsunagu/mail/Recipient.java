package jp.tsunagu.mail;

/**
 * A participant who was checked in, so gets a summary: {@code email} is empty when they gave none;
 * {@code consent} is their 連絡先共有の同意; {@code tableNumber} is null when they have no seat.
 */
public record Recipient(
        long personId, String name, String organisation, String email, boolean consent, Integer tableNumber) {
    public boolean hasEmail() {
        return !email.isBlank();
    }
}
