package jp.tsunagu.registrant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.i18n.UserError;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads a registrant file into sheets of text, deciding what it is by its content: an .xlsx that
 * is really a CSV is read as a CSV, a .csv that is really a workbook as a workbook. Anything that
 * cannot be read is refused with a {@link UserError} naming the file and the reason.
 */
public final class SpreadsheetReader {

    /**
     * Larger files are not registration lists (5,000 people are some 3 MB); refusing early keeps
     * memory bounded: a file at this size imports within a 256 MB heap (issue 14; decision 0030),
     * where 50 MB did not.
     */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    // The workbook readers are made when a workbook comes: their set-up starts POI (and its
    // logging), which a command that reads no spreadsheet should not pay for at start-up.
    private final CsvReader csv = new CsvReader();

    public LoadedFile read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UserError("registrant.file.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError("registrant.file.notFound", name);
        } catch (IOException e) {
            throw new UserError("registrant.file.unreadable", name, String.valueOf(e.getMessage()));
        }
        return read(name, bytes);
    }

    public LoadedFile read(String name, byte[] bytes) {
        if (bytes.length == 0 || isAllWhitespace(bytes)) {
            throw new UserError("registrant.file.empty", name);
        }
        if (looksLikeBrokenZip(bytes) && isOpenDocument(bytes)) {
            throw new UserError("registrant.file.ods", name);
        }
        FileKind claimed = FileKind.fromName(name);
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case OOXML ->
                new LoadedFile(
                        name, FileKind.XLSX, claimed, Optional.empty(), new XlsxStreamReader().read(name, bytes));
            case OLE2 ->
                new LoadedFile(name, FileKind.XLS, claimed, Optional.empty(), new WorkbookReader().read(name, bytes));
            case BIFF2, BIFF3, BIFF4 -> throw new UserError("registrant.file.oldExcel", name);
            case HTML, XML -> throw new UserError("registrant.file.webPage", name);
            case PDF, WORD2, JPEG, GIF, PNG, TIFF, WMF, EMF, BMP, RTF, MSWRITE ->
                throw new UserError("registrant.file.notSpreadsheet", name);
            default -> readText(name, bytes, claimed);
        };
    }

    private LoadedFile readText(String name, byte[] bytes, FileKind claimed) {
        if (claimed != FileKind.CSV && looksLikeBrokenZip(bytes)) {
            throw new UserError("registrant.file.corrupt", name);
        }
        CsvReader.Decoded text;
        try {
            text = csv.decode(name, bytes);
        } catch (UserError e) {
            // Binary bytes under a workbook's name: a damaged workbook rather than a strange text.
            if (claimed == FileKind.XLSX || claimed == FileKind.XLS) {
                throw new UserError("registrant.file.corrupt", name);
            }
            throw e;
        }
        return new LoadedFile(
                name,
                FileKind.CSV,
                claimed,
                Optional.of(text.encoding()),
                List.of(csv.read(baseName(name), text.text(), name)));
    }

    // A truncated .xlsx keeps its "PK" signature but may no longer be recognised as OOXML.
    private static boolean looksLikeBrokenZip(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    // An OpenDocument file starts with an uncompressed "mimetype" entry naming its kind.
    private static boolean isOpenDocument(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 120), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("mimetypeapplication/vnd.oasis.opendocument");
    }

    private static boolean isAllWhitespace(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** @return whether the bytes start like a file the reader accepts (for drag-and-drop hints). */
    public static boolean supportedName(String name) {
        return FileKind.fromName(name) != null;
    }
}
