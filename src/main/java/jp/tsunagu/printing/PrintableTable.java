package jp.tsunagu.printing;

import java.util.Optional;

/** One table as printed: its number, its theme (name and #RRGGBB colour) and its two hosts. */
public record PrintableTable(
        int number,
        String themeName,
        String themeColour,
        Optional<PrintableStaff> advisor,
        Optional<PrintableStaff> facilitator) {

    public PrintableTable {
        themeName = Texts.clean(themeName);
        ThemeColour.parse(themeColour); // fail early on a colour we cannot print
        advisor = advisor == null ? Optional.empty() : advisor;
        facilitator = facilitator == null ? Optional.empty() : facilitator;
    }

    ThemeColour colour() {
        return ThemeColour.parse(themeColour);
    }
}
