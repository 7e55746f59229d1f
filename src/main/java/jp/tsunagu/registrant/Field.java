package jp.tsunagu.registrant;

/** What a column of a registration form holds. */
public enum Field {
    TIMESTAMP,
    NAME,
    FAMILY_NAME,
    GIVEN_NAME,
    READING,
    FAMILY_READING,
    GIVEN_READING,
    ORGANISATION,
    TITLE,
    INDUSTRY,
    CATEGORY,
    /** A YEG-member mark column (○ / ×, はい / いいえ, 該当...). */
    YEG,
    EMAIL,
    PHONE,
    CHOICE1,
    CHOICE2,
    CHOICE3,
    /** One cell listing several themes in order of preference (a multi-select question). */
    CHOICES,
    CHALLENGES,
    MISSING_RESOURCES,
    OFFERS,
    SDGS,
    CONSENT,
    /** Whether the person will come (出欠: ○ / ×, 出席 / 欠席, 参加 / 不参加); the venue day keeps it. */
    ATTENDANCE,
    NOTES,
    /** The table a person sat at (a past event's seating file brought in for "new faces"). */
    TABLE,
    /** Kept as an extra answer under its header. */
    EXTRA,
    /** Not read at all (the user chose to drop it in the preview). */
    IGNORE;

    /** Fields at most one column may hold; extra and ignored columns may be many. */
    public boolean single() {
        return this != EXTRA && this != IGNORE;
    }

    public String bundleKey() {
        return "registrant.field." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
