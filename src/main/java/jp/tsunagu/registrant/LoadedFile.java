package jp.tsunagu.registrant;

import java.util.List;
import java.util.Optional;

/**
 * A registrant file read into sheets of text.
 *
 * @param kind what the content really is
 * @param claimedKind what the file name says (differs when, say, a CSV was saved as .xlsx)
 * @param encoding for CSV the character set detected (UTF-8, Shift_JIS/CP932, UTF-16); else empty
 */
public record LoadedFile(
        String fileName, FileKind kind, FileKind claimedKind, Optional<String> encoding, List<RawSheet> sheets) {
    public LoadedFile {
        sheets = List.copyOf(sheets);
    }

    public boolean readAsOtherKind() {
        return claimedKind != null && claimedKind != kind;
    }
}
