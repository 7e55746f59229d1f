package jp.tsunagu.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell that shows its whole text on hover when the column is too narrow for it: a list
 * has many columns and a laptop screen few pixels, and nothing that matters may stay cut short.
 */
public final class WholeTextCell<S> extends TableCell<S, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
    }
}
