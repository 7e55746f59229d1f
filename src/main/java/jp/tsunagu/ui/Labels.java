package jp.tsunagu.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The window's few kinds of label, styled in one place (tsunagu.css). */
public final class Labels {
    private Labels() {}

    /** The heading of a card or section. */
    public static Label heading(String text) {
        return styled(text, "section-heading");
    }

    /** A heading inside a section (アドバイザー, 席が決まっていない人). */
    public static Label subheading(String text) {
        return styled(text, "subheading");
    }

    /** A form field's name; never shortened to "…" when the form is narrow. */
    public static Label field(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label styled(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
