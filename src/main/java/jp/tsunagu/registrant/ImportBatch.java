package jp.tsunagu.registrant;

/**
 * One recorded import: which file, when, what it did, and whether it has been undone.
 *
 * @param importedAt ISO instant (UTC)
 */
public record ImportBatch(
        long id,
        long eventId,
        String fileName,
        String sheet,
        String importedAt,
        int rowsRead,
        int added,
        int updated,
        int rejected,
        boolean undone) {}
