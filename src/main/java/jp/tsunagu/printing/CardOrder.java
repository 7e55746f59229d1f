package jp.tsunagu.printing;

/** The order name cards come off the printer: by table (to hand out per table) or by reading (for a reception desk). */
public enum CardOrder {
    TABLE,
    READING
}
