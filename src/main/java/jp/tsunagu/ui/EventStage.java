package jp.tsunagu.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The stages of an event, in the order the secretariat goes through them (product.md). */
public enum EventStage {
    PREPARE("stage.prepare", Feather.CLIPBOARD),
    PARTICIPANTS("stage.participants", Feather.USERS),
    SEATING("stage.seating", Feather.GRID),
    PRINT("stage.print", Feather.PRINTER),
    VENUE("stage.venue", Feather.CHECK_SQUARE),
    RECORD("stage.record", Feather.EDIT_3),
    FOLLOW_UP("stage.followUp", Feather.SEND);

    private final String key;
    private final Ikon icon;

    EventStage(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }

    public String key() {
        return key;
    }

    public Ikon icon() {
        return icon;
    }

    /** The id of its navigation button, for tests and keyboard users alike. */
    public String buttonId() {
        return "stage-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
