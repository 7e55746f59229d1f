package jp.tsunagu.printing;

import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.store.Settings;

/**
 * The printer calibration and the name card options, kept in the store's settings so that the next print (from the
 * window or the command line) starts from them. The label to start at is not kept: it differs with every partly used
 * sheet.
 */
final class PrintSettings {
    static final String CALIBRATION = "printing.calibration";
    static final String CARD_ORDER = "printing.cards.order";
    static final String HONORIFIC = "printing.cards.honorific";
    static final String LABEL_SHEET = "printing.cards.labelSheet";
    // Followed by the event's id: when its name cards (or table tents) were last printed for everyone.
    static final String CARDS_PRINTED = "printing.cardsPrintedFor.event";
    static final String LANGUAGE = "printing.language.event.";

    private final Settings settings;

    PrintSettings(Settings settings) {
        this.settings = settings;
    }

    Calibration calibration() {
        return settings.get(CALIBRATION)
                .flatMap(PrintSettings::parseCalibration)
                .orElse(Calibration.NONE);
    }

    void saveCalibration(Calibration c) {
        settings.put(
                CALIBRATION,
                String.format(
                        Locale.ROOT,
                        "%s %s %s %s",
                        c.offsetXMm(),
                        c.offsetYMm(),
                        c.scaleXPercent(),
                        c.scaleYPercent()));
    }

    NameCardOptions cardOptions() {
        NameCardOptions d = NameCardOptions.DEFAULT;
        CardOrder order = settings.get(CARD_ORDER)
                .flatMap(v -> {
                    try {
                        return Optional.of(CardOrder.valueOf(v));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                })
                .orElse(d.order());
        boolean honorific = settings.get(HONORIFIC).map(Boolean::parseBoolean).orElse(d.honorific());
        LabelSheet sheet = settings.get(LABEL_SHEET)
                .flatMap(name -> LabelSheet.KNOWN.stream()
                        .filter(s -> s.name().equals(name))
                        .findFirst())
                .orElse(d.sheet());
        return new NameCardOptions(order, honorific, 1, sheet, calibration());
    }

    /** The language the event's documents are printed in: Japanese unless chosen otherwise for this event. */
    java.util.Locale documentLanguage(long eventId) {
        return settings.get(LANGUAGE + eventId)
                .filter(v -> v.equals("en"))
                .map(v -> java.util.Locale.ENGLISH)
                .orElse(java.util.Locale.JAPANESE);
    }

    void saveDocumentLanguage(long eventId, java.util.Locale language) {
        settings.put(LANGUAGE + eventId, "en".equals(language.getLanguage()) ? "en" : "ja");
    }

    void saveCardOptions(NameCardOptions options) {
        settings.put(CARD_ORDER, options.order().name());
        settings.put(HONORIFIC, Boolean.toString(options.honorific()));
        settings.put(LABEL_SHEET, options.sheet().name());
        saveCalibration(options.calibration());
    }

    /** Remembers that the event's name cards were printed, so that a later automatic seating can warn. */
    void cardsPrinted(long eventId) {
        settings.put(CARDS_PRINTED + eventId, java.time.Instant.now().toString());
    }

    Optional<String> cardsPrintedAt(long eventId) {
        return settings.get(CARDS_PRINTED + eventId);
    }

    /** A damaged setting is forgotten rather than stopping every print. */
    private static Optional<Calibration> parseCalibration(String value) {
        try {
            String[] parts = value.strip().split("\\s+");
            return Optional.of(new Calibration(
                    Double.parseDouble(parts[0]),
                    Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
