package jp.tsunagu.registrant;

import java.util.Locale;

/** What a registrant file really is, judged by its content rather than its name. */
public enum FileKind {
    XLSX,
    XLS,
    CSV;

    /** The kind the file name claims, or null when the extension is none of ours. */
    public static FileKind fromName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
            return XLSX;
        }
        if (n.endsWith(".xls")) {
            return XLS;
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
            return CSV;
        }
        return null;
    }
}
