package jp.tsunagu.printing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes every document of the sample event to a folder, to render and look at (not a test). */
public final class RenderForLooking {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/look");
        Files.createDirectories(dir);
        PrintableEvent event = PrintSamples.withLongNames(70);
        PrintDocuments documents =
                new PrintDocuments(new PrintText(args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.JAPANESE));
        PrintOptions options = PrintOptions.DEFAULT.withCards(
                NameCardOptions.DEFAULT.withCalibration(new Calibration(1.5, -1, 100.5, 99.5)));
        for (PrintKind kind : PrintKind.values()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(kind.commandName() + ".pdf"))) {
                documents.write(kind, event, options, out);
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("worksheets-a4.pdf"))) {
            documents.write(PrintKind.WORKSHEETS, event, options.withWorksheetPaper(PaperSize.A4), out);
        }
    }
}
