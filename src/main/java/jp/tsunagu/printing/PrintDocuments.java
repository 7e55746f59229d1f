package jp.tsunagu.printing;

import java.io.OutputStream;

/** Writes any of the documents as PDF; the window and the command line both print through here. */
public final class PrintDocuments {
    private final PrintText text;

    public PrintDocuments(PrintText text) {
        this.text = text;
    }

    public PrintText text() {
        return text;
    }

    /** Writes one document as PDF; returns its number of pages. */
    public int write(PrintKind kind, PrintableEvent event, PrintOptions options, OutputStream out) {
        return switch (kind) {
            case NAMECARDS -> new NameCardSheet(text).write(event, options.cards(), out);
            case TENTS -> new TableTents(text).write(event, out);
            case SIGNS -> new TableSigns(text).write(event, out);
            case WORKSHEETS -> new Worksheets(text).write(event, options.worksheetPaper(), out);
            case ROSTER -> new ReceptionList(text).write(event, out);
            case SEATING_CHART -> new SeatingChart(text).write(event, out);
            case CALIBRATION ->
                new CalibrationSheet(text)
                        .write(options.cards().sheet(), options.cards().calibration(), out);
        };
    }
}
