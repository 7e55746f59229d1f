package jp.tsunagu.ui.outcome;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.ui.Labels;

/** The 記録 screen: the tables on the left, the chosen table's three lists side by side, as on the worksheet. */
final class RecordView extends BorderPane {
    RecordView(RecordViewModel model) {
        setId("recordView");
        getStyleClass().add("page");
        ListView<EventTable> tables = new ListView<>(model.tables());
        tables.setId("recordTables");
        tables.setPrefWidth(210);
        tables.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(EventTable t, boolean empty) {
                super.updateItem(t, empty);
                setText(
                        empty || t == null
                                ? null
                                : model.context()
                                        .text(
                                                "outcome.ui.table",
                                                t.number(),
                                                t.theme().name()));
            }
        });
        tables.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.table().set(b);
            }
        });
        model.table().addListener((o, a, b) -> {
            if (b != null && !b.equals(tables.getSelectionModel().getSelectedItem())) {
                tables.getSelectionModel().select(b);
            }
        });
        Label heading = Labels.heading(model.context().text("outcome.ui.tables"));
        VBox left = new VBox(6, heading, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        left.setPadding(new Insets(0, 8, 0, 0));
        setLeft(left);

        GridPane columns = new GridPane();
        columns.setHgap(10);
        OutcomeKind[] kinds = OutcomeKind.values();
        for (int i = 0; i < kinds.length; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / kinds.length);
            c.setHgrow(Priority.ALWAYS);
            columns.getColumnConstraints().add(c);
            columns.add(new OutcomeColumn(model, kinds[i]), i, 0);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        columns.getRowConstraints().add(row);
        Label title = Labels.subheading("");
        title.setId("recordTitle");
        title.setWrapText(true);
        model.table()
                .addListener((o, a, b) -> title.setText(
                        b == null
                                ? ""
                                : model.context()
                                        .text(
                                                "outcome.ui.table",
                                                b.number(),
                                                b.theme().name())));
        VBox centre = new VBox(8, title, columns);
        VBox.setVgrow(columns, Priority.ALWAYS);
        setCenter(centre);
    }
}
