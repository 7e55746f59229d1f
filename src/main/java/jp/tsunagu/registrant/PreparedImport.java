package jp.tsunagu.registrant;

import java.util.Optional;

/**
 * A file read and previewed for one event, waiting for the user's confirmation (or a changed
 * mapping). Nothing has been written yet.
 *
 * @param mappingChosen whether the mapping differs from what the headers alone suggest (chosen in
 *     the preview, or remembered from an earlier file with the same headers)
 */
public record PreparedImport(
        long eventId, LoadedFile file, Optional<String> sheet, ImportPreview preview, boolean mappingChosen) {}
