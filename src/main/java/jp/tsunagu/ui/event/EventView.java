package jp.tsunagu.ui.event;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.ui.EventFormView;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/** The 準備 screen: event details on top, the tables on the left, the chosen table's editor on the right. */
final class EventView extends BorderPane {
    private final UiContext context;
    private final EventViewModel model;

    EventView(UiContext context, EventViewModel model) {
        this.context = context;
        this.model = model;
        getStyleClass().add("page");
        setTop(detailsSection());
        setCenter(tablesSection());
    }

    private Node detailsSection() {
        Label heading = heading("event.details.heading");
        EventFormView fields = new EventFormView(context, model.details(), "event", true);
        Button save = new Button(context.text("event.details.save"), Icons.of(Feather.SAVE));
        save.setId("eventSave");
        save.disableProperty().bind(model.details().valid().not());
        save.setOnAction(e -> model.saveDetails());
        fields.nameField().setOnAction(e -> model.saveDetails());
        HBox row = new HBox(12, fields, save);
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(fields, Priority.ALWAYS);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Where the event is in its life, and closing it (decision 0007).
        Label status = new Label();
        status.setId("eventStatus");
        status.textProperty().bind(model.statusText());
        Button close = new Button(context.text("event.close"), Icons.of(Feather.LOCK));
        close.setId("closeEvent");
        close.disableProperty().bind(model.closed());
        close.setOnAction(e -> model.closeEvent());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox life = new HBox(12, spacer, status, close);
        life.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, heading, row, life);
        box.getStyleClass().add("card");
        BorderPane.setMargin(box, new Insets(0, 0, 16, 0));
        return box;
    }

    private Node tablesSection() {
        ListView<EventTable> list = new ListView<>(model.tables());
        list.setId("tableList");
        list.setCellFactory(v -> new TableCell());
        // Room for the theme and two lines of capacity and hosts in every row, and every table in
        // view at once (seven on a 1366 x 768 laptop): the list is as tall as its rows.
        list.setFixedCellSize(56);
        list.setPrefWidth(470);
        list.minHeightProperty()
                .bind(javafx.beans.binding.Bindings.size(model.tables())
                        .multiply(56)
                        .add(4));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && !model.choose(now)) {
                // Staying on the table being left: show it chosen again, once this change is over.
                javafx.application.Platform.runLater(() ->
                        list.getSelectionModel().select(model.selectedProperty().get()));
            }
        });
        model.selectedProperty()
                .addListener((o, old, now) -> list.getSelectionModel().select(now));

        Button addTheme = new Button(context.text("event.addTheme"), Icons.of(Feather.PLUS));
        addTheme.setId("addTheme");
        addTheme.setOnAction(e -> askThemeName());
        Button addTable = new Button(context.text("event.addTable"), Icons.of(Feather.COPY));
        addTable.setId("addTable");
        addTable.setOnAction(e -> model.addTableForSelectedTheme());
        Button remove = new Button(context.text("event.removeTable"), Icons.of(Feather.TRASH_2));
        remove.setId("removeTable");
        remove.setOnAction(e -> model.removeSelectedTable());
        FlowPane buttons = new FlowPane(8, 8, addTheme, addTable, remove);
        buttons.setPrefWrapLength(460);
        VBox left = new VBox(10, heading("event.tables.heading"), list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.getStyleClass().add("card");

        Node editor = tableEditor();
        HBox.setHgrow(editor, Priority.ALWAYS);
        HBox both = new HBox(16, left, editor);
        return both;
    }

    private Node tableEditor() {
        TableForm form = model.tableForm();
        Label heading = new Label();
        heading.getStyleClass().add("section-heading");
        heading.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.selectedProperty().get() == null
                                ? ""
                                : context.text(
                                        "event.table.heading",
                                        model.selectedProperty().get().number()),
                        model.selectedProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.addRow(
                row++, label("event.table.theme"), field("tableTheme", form.themeName, form.themeNameProblem, null));
        grid.addRow(
                row++,
                label("event.table.capacity"),
                field("tableCapacity", form.capacity, form.capacityProblem, "event.table.capacity.prompt"));
        grid.add(subheading("event.role.advisor"), 0, row++, 2, 1);
        row = hostRows(
                grid,
                row,
                "advisor",
                form.advisorName,
                form.advisorOrganisation,
                form.advisorEmail,
                form.advisorReading,
                form.advisorTitle,
                form.advisorProblem,
                form.advisorEmailProblem);
        grid.add(subheading("event.role.facilitator"), 0, row++, 2, 1);
        row = hostRows(
                grid,
                row,
                "facilitator",
                form.facilitatorName,
                form.facilitatorOrganisation,
                form.facilitatorEmail,
                form.facilitatorReading,
                form.facilitatorTitle,
                form.facilitatorProblem,
                form.facilitatorEmailProblem);
        Button save = new Button(context.text("event.table.save"), Icons.of(Feather.SAVE));
        save.setId("tableSave");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.valid.not().or(model.selectedProperty().isNull()));
        save.setOnAction(e -> model.saveTable());
        VBox box = new VBox(12, heading, grid, save);
        box.getStyleClass().add("card");
        box.disableProperty().bind(model.selectedProperty().isNull());
        return box;
    }

    private int hostRows(
            GridPane grid,
            int row,
            String role,
            StringProperty name,
            StringProperty organisation,
            StringProperty email,
            StringProperty reading,
            StringProperty title,
            ObservableValue<String> nameProblem,
            ObservableValue<String> emailProblem) {
        // Reading beside the name and title beside the organisation, as on the registrant form: no taller form.
        grid.addRow(
                row++,
                label("event.staff.name"),
                beside(
                        field(role + "Name", name, nameProblem, null),
                        "event.staff.reading",
                        field(role + "Reading", reading, null, null)));
        grid.addRow(
                row++,
                label("event.staff.organisation"),
                beside(
                        field(role + "Organisation", organisation, null, null),
                        "event.staff.title",
                        field(role + "Title", title, null, null)));
        grid.addRow(row++, label("event.staff.email"), field(role + "Email", email, emailProblem, null));
        return row;
    }

    private HBox beside(Node first, String labelKey, Node second) {
        narrow(first, 14);
        narrow(second, 10);
        HBox pair = new HBox(8, first, label(labelKey), second);
        pair.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.ALWAYS);
        return pair;
    }

    /** Two fields share a row: each asks for fewer columns (the field may sit inside its problem's box). */
    private static void narrow(Node node, int columns) {
        if (node instanceof TextField field) {
            field.setPrefColumnCount(columns);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> narrow(child, columns));
        }
    }

    private Node field(String id, StringProperty value, ObservableValue<String> problem, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(30);
        if (promptKey != null) {
            field.setPromptText(context.text(promptKey));
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (problem == null) {
            return field;
        }
        Node withProblem = EventFormView.withProblem(field, problem);
        GridPane.setHgrow(withProblem, Priority.ALWAYS);
        return withProblem;
    }

    private void askThemeName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(context.text("event.addTheme"));
        dialog.setHeaderText(context.text("event.addTheme.header"));
        dialog.getEditor().setId("newThemeName");
        jp.tsunagu.ui.DialogButtons.speak(dialog.getDialogPane(), context.messages());
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::addTheme);
    }

    private Label heading(String key) {
        return Labels.heading(context.text(key));
    }

    private Label subheading(String key) {
        return Labels.subheading(context.text(key));
    }

    private Label label(String key) {
        return Labels.field(context.text(key));
    }

    /** A table in the list: its number on the theme colour, the theme, capacity and hosts. */
    private final class TableCell extends ListCell<EventTable> {
        @Override
        protected void updateItem(EventTable table, boolean empty) {
            super.updateItem(table, empty);
            if (empty || table == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label number = new Label(Integer.toString(table.number()));
            number.getStyleClass().add("table-number");
            number.setStyle("-fx-background-color: " + table.theme().colour() + ";");
            Label theme = new Label(table.theme().name());
            theme.getStyleClass().add("table-theme");
            String capacity = table.capacity() == null
                    ? context.text("event.capacity.auto")
                    : table.capacity().toString();
            Label hosts = new Label(context.text(
                    "event.table.summary",
                    capacity,
                    table.advisor().map(s -> s.name()).orElse(context.text("event.table.nobody")),
                    table.facilitator().map(s -> s.name()).orElse(context.text("event.table.nobody"))));
            hosts.getStyleClass().add("table-hosts");
            VBox text = new VBox(2, theme, hosts);
            Rectangle swatch = new Rectangle(4, 36, Color.web(table.theme().colour()));
            HBox cell = new HBox(10, swatch, number, text);
            cell.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(cell);
        }
    }
}
