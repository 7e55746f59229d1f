package jp.tsunagu.printing;

import jp.tsunagu.printing.PageCanvas.Align;

/** The event line every sheet carries: name, date and venue, small and grey so that it never competes. */
final class DocumentHeading {
    private DocumentHeading() {}

    static String eventLine(PrintableEvent event, PrintText text) {
        StringBuilder line = new StringBuilder(event.name());
        String date = text.date(event.date());
        if (!date.isEmpty()) {
            line.append("　").append(date);
        }
        if (!event.venue().isEmpty()) {
            line.append("　").append(event.venue());
        }
        return line.toString();
    }

    static void drawEventLine(PageCanvas page, Box box, PrintableEvent event, PrintText text, float size, Align align) {
        page.fitLine(eventLine(event, text), PrintFonts.get().regular(), size, box, align, PageCanvas.GREY);
    }
}
