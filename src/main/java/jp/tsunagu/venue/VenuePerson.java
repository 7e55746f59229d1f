package jp.tsunagu.venue;

import jp.tsunagu.registrant.Attendance;

/**
 * A participant as the reception desk sees them.
 *
 * @param reading the reading (furigana) as stored, possibly guessed
 * @param industry the industry as imported
 * @param checkedInAt when they were checked in (ISO instant, UTC), or null
 * @param walkIn whether they came without registering (当日参加)
 * @param table the number of the table they sit at, or null when they have no seat
 * @param themeNumber the number of that table's theme, or null
 */
public record VenuePerson(
        long id,
        String name,
        String reading,
        String organisation,
        String email,
        String industry,
        boolean yeg,
        Attendance attendance,
        String checkedInAt,
        boolean walkIn,
        Integer table,
        boolean locked) {

    /** The number printed on the person's reception-list row (and its barcode): the person's id. */
    public String code() {
        return Long.toString(id);
    }

    /** This person at a seat (null table: none). */
    public VenuePerson at(Integer newTable, boolean newLocked) {
        return new VenuePerson(
                id,
                name,
                reading,
                organisation,
                email,
                industry,
                yeg,
                attendance,
                checkedInAt,
                walkIn,
                newTable,
                newTable != null && newLocked);
    }

    public boolean seated() {
        return table != null;
    }
}
