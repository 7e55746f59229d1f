package jp.tsunagu.printing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documents Tsunagu prints, with the names the command line uses for them. */
public enum PrintKind {
    NAMECARDS("namecards", "print.doc.namecards"),
    TENTS("tents", "print.doc.tents"),
    SIGNS("signs", "print.doc.signs"),
    WORKSHEETS("worksheets", "print.doc.worksheets"),
    ROSTER("roster", "print.doc.roster"),
    SEATING_CHART("seating-chart", "print.doc.seatingChart"),
    CALIBRATION("calibration", "print.doc.calibration");

    private final String commandName;
    private final String titleKey;

    PrintKind(String commandName, String titleKey) {
        this.commandName = commandName;
        this.titleKey = titleKey;
    }

    public String commandName() {
        return commandName;
    }

    public String titleKey() {
        return titleKey;
    }

    public static Optional<PrintKind> fromCommandName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.commandName.equals(wanted)).findFirst();
    }
}
