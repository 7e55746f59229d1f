package jp.tsunagu.ui.registrant;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.tsunagu.registrant.ColumnMapping;
import jp.tsunagu.registrant.Field;
import jp.tsunagu.registrant.ImportPreview;
import jp.tsunagu.registrant.PreparedImport;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.RowOutcome;
import jp.tsunagu.ui.UiContext;

/**
 * The import preview: which column became which field (each changeable), every row as it will be
 * stored with its fate and reasons. 取り込む writes it; キャンセル writes nothing.
 */
final class ImportPreviewDialog {
    private final ParticipantsViewModel model;
    private final UiContext context;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType confirm;
    private final Label summary = new Label();
    private final ComboBox<String> sheet = new ComboBox<>();
    private final GridPane mapping = new GridPane();
    private final TableView<RowOutcome> rows = new TableView<>();
    private boolean updating;
    private boolean filling;

    ImportPreviewDialog(ParticipantsViewModel model) {
        this.model = model;
        this.context = model.context();
        confirm = new ButtonType(context.text("participants.preview.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.setTitle(context.text("participants.preview.title"));
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(confirm).setId("confirmImport");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelImport");
        jp.tsunagu.ui.DialogButtons.speak(dialog.getDialogPane(), context.messages());
        summary.setId("previewSummary");
        sheet.setId("previewSheet");
        sheet.valueProperty().addListener((o, old, now) -> {
            if (!filling && now != null) {
                model.chooseSheet(now);
            }
        });
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        mapping.setId("previewMapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setPrefViewportHeight(150);
        mappingScroll.setMinViewportHeight(80);
        mappingScroll.setFitToWidth(true);
        rows.setId("previewRows");
        rows.setPrefHeight(320);
        rows.setMinHeight(140);
        rows.getColumns()
                .setAll(List.of(
                        column("participants.preview.row", o -> String.valueOf(o.row()), 60),
                        column("participants.preview.fate", this::fate, 270),
                        column("participants.preview.issues", this::issues, 320),
                        column("participants.col.name", o -> registrant(o).name(), 130),
                        column("participants.col.reading", o -> registrant(o).reading(), 130),
                        column(
                                "participants.col.organisation",
                                o -> registrant(o).organisation(),
                                150),
                        column("participants.col.email", o -> registrant(o).email(), 180),
                        column(
                                "participants.col.choice1",
                                o -> model.themeName(registrant(o).choice1()),
                                150)));
        // The chosen row's fate and reasons in full, wrapped, without scrolling right.
        Label detail = new Label(context.text("participants.preview.detail.hint"));
        detail.setId("previewDetail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rows.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> detail.setText(
                        now == null
                                ? context.text("participants.preview.detail.hint")
                                : context.text(
                                        "participants.preview.detail",
                                        now.row(),
                                        fate(now),
                                        issues(now).isEmpty()
                                                ? context.text("participants.preview.detail.none")
                                                : issues(now))));
        javafx.scene.layout.HBox sheetLine = new javafx.scene.layout.HBox(
                8, jp.tsunagu.ui.Labels.field(context.text("participants.preview.sheet")), sheet);
        sheetLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(
                8,
                summary,
                sheetLine,
                new Label(context.text("participants.preview.mapping")),
                mappingScroll,
                new Label(context.text("participants.preview.rows")),
                rows,
                detail);
        VBox.setVgrow(rows, javafx.scene.layout.Priority.ALWAYS);
        content.setPrefWidth(1100);
        content.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.setOnHidden(e -> {
            if (!updating) {
                if (dialog.getResult() == confirm) {
                    model.confirmImport();
                } else {
                    model.cancelImport();
                }
            }
        });
    }

    /** Shows {@code prepared} (or closes the dialog when it is null). */
    void show(PreparedImport prepared) {
        if (prepared == null) {
            if (dialog.isShowing()) {
                updating = true;
                dialog.close();
                updating = false;
            }
            return;
        }
        fill(prepared.preview());
        if (!dialog.isShowing()) {
            javafx.stage.Window owner = getOwnerWindow();
            if (owner != null && dialog.getOwner() == null) {
                dialog.initOwner(owner);
            }
            // Never larger than the window it belongs to (1366 x 768 laptops): the rows list shrinks.
            javafx.stage.Window within = dialog.getOwner() != null ? dialog.getOwner() : owner;
            dialog.show();
            if (within != null) {
                dialog.setWidth(Math.min(1120, within.getWidth() - 60));
                dialog.setHeight(Math.min(820, within.getHeight() - 60));
                dialog.setX(within.getX() + (within.getWidth() - dialog.getWidth()) / 2);
                dialog.setY(within.getY() + (within.getHeight() - dialog.getHeight()) / 2);
            }
        }
    }

    private javafx.stage.Window getOwnerWindow() {
        return javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isFocused)
                .findFirst()
                .orElse(null);
    }

    private void fill(ImportPreview p) {
        filling = true;
        sheet.getItems().setAll(p.sheets());
        sheet.setValue(p.sheet());
        filling = false;
        String read = p.readAsOtherKind()
                ? context.text("registrant.file.readAs", p.fileName(), p.kind().name()) + " "
                : "";
        // Which column became attendance, and how many it marks absent (issue 12).
        String attendance = p.column(Field.ATTENDANCE)
                .map(c -> "\n" + context.text("import.attendance", c, p.becomingAbsent()))
                .orElse("");
        summary.setText(read
                + context.text("import.read", p.fileName(), p.sheet(), p.headerRow(), p.rowsRead())
                + attendance
                + "\n"
                + context.text(
                        "import.counts",
                        p.added(),
                        p.peopleUpdated(),
                        p.peopleUnchanged(),
                        p.rejections().size(),
                        p.duplicates().size(),
                        p.replacedRows()));
        mapping.getChildren().clear();
        int line = 0;
        for (ColumnMapping.Column c : p.mapping().columns()) {
            Label header = jp.tsunagu.ui.Labels.field(c.header());
            ComboBox<Field> field = new ComboBox<>();
            field.setId("mapping-" + c.index());
            field.getItems().setAll(Field.values());
            field.setCellFactory(v -> new FieldCell());
            field.setButtonCell(new FieldCell());
            field.setValue(c.field());
            int index = c.index();
            field.valueProperty().addListener((o, old, now) -> {
                if (now != null && now != old) {
                    model.remap(index, now);
                }
            });
            mapping.addRow(line++, header, field);
        }
        rows.getItems().setAll(p.rows());
    }

    private static Registrant registrant(RowOutcome o) {
        return o.registrant() == null ? Registrant.byHand("", "", "", "") : o.registrant();
    }

    private String fate(RowOutcome o) {
        String fate = context.text(o.fate().bundleKey());
        if (o.attendance() == jp.tsunagu.registrant.Attendance.ABSENT) {
            fate += " / " + context.text("participants.preview.becomesAbsent");
        }
        return o.possibleDuplicate() ? fate + " / " + context.text("participants.filter.duplicates") : fate;
    }

    private String issues(RowOutcome o) {
        return String.join(
                "; ",
                o.issues().stream()
                        .map(i -> (i.column().isEmpty() ? "" : "[" + i.column() + "] ")
                                + context.text(i.reason().key(), i.args().toArray()))
                        .toList());
    }

    private TableColumn<RowOutcome, String> column(
            String key, java.util.function.Function<RowOutcome, String> value, double width) {
        TableColumn<RowOutcome, String> c = new TableColumn<>(context.text(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(v -> new jp.tsunagu.ui.WholeTextCell<>());
        c.setPrefWidth(width);
        return c;
    }

    private final class FieldCell extends ListCell<Field> {
        @Override
        protected void updateItem(Field item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : context.text(item.bundleKey()));
        }
    }
}
