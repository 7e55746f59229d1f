package jp.tsunagu.ui.followup;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tsunagu.followup.PersonPage;
import jp.tsunagu.followup.ReportPerson;
import jp.tsunagu.followup.SeedFollowUp;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/**
 * The フォローアップ tab: filters and the report button above, every seed of connection in a table
 * (overdue ones marked in words and colour), and beside it the chosen seed's people, history and the
 * form to move it along, or a person's page.
 */
final class FollowUpView extends BorderPane {
    private static final String OVERDUE_ROW = "-fx-background-color: #FDECEA;";

    private final FollowUpViewModel model;
    private final UiContext context;
    private final VBox detail = new VBox(8);

    FollowUpView(FollowUpViewModel model) {
        this.model = model;
        this.context = model.context();
        setId("followUpView");
        setPadding(new Insets(8, 0, 0, 0));
        setTop(toolbar());
        TableView<SeedFollowUp> table = table();
        ScrollPane side = new ScrollPane(detail);
        side.setFitToWidth(true);
        detail.setPadding(new Insets(0, 8, 8, 8));
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.64);
        setCenter(split);
        model.selected().addListener((o, a, b) -> showDetail());
        model.person().addListener((o, a, b) -> showDetail());
        showDetail();
    }

    private VBox toolbar() {
        ComboBox<SeedStatus> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().add(null);
        status.getItems().addAll(SeedStatus.values());
        status.setButtonCell(new StatusCell(context.text("followup.ui.allStatuses")));
        status.setCellFactory(v -> new StatusCell(context.text("followup.ui.allStatuses")));
        status.valueProperty().bindBidirectional(model.statusFilter());
        ComboBox<Integer> table = new ComboBox<>();
        table.setId("tableFilter");
        table.getItems().add(null);
        model.tables().addListener((ListChangeListener<Integer>) c -> {
            Integer chosen = table.getValue();
            table.getItems().setAll(model.tables());
            table.getItems().addFirst(null);
            table.setValue(model.tables().contains(chosen) ? chosen : null);
        });
        table.setButtonCell(new TableCellText(context.text("followup.ui.allTables")));
        table.setCellFactory(v -> new TableCellText(context.text("followup.ui.allTables")));
        table.valueProperty().bindBidirectional(model.tableFilter());
        TextField person = new TextField();
        person.setId("personFilter");
        person.setPromptText(context.text("followup.ui.personFilter"));
        person.textProperty().bindBidirectional(model.personFilter());
        HBox.setHgrow(person, Priority.ALWAYS);
        CheckBox overdue = new CheckBox(context.text("followup.ui.overdueOnly"));
        overdue.setId("overdueOnly");
        overdue.selectedProperty().bindBidirectional(model.overdueOnly());
        Button report = new Button(context.text("followup.ui.report"), Icons.of(Feather.FILE_TEXT));
        report.setId("exportReport");
        report.setOnAction(e -> model.exportReport());
        HBox filters = new HBox(8, status, table, person, overdue);
        filters.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label(context.text("followup.ui.overdueHint", jp.tsunagu.followup.FollowUps.STALE_AFTER_DAYS));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox second = new HBox(8, hint, gap, report);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, filters, second);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private TableView<SeedFollowUp> table() {
        TableView<SeedFollowUp> table = new TableView<>(model.seeds());
        table.setId("seedTable");
        table.setPlaceholder(new Label(context.text("followup.ui.noSeeds")));
        TableColumn<SeedFollowUp, String> number = new TableColumn<>(context.text("followup.report.table"));
        number.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(model.table(c.getValue().seed())));
        // A number needs little room; a removed table's label ("12 (removed)") more, and only then
        // does the column take it from the others, so it is never cut to "…".
        Runnable fitNumber = () -> {
            double width = model.seeds().stream().anyMatch(s -> s.seed().tableRemoved()) ? 120 : 84;
            number.setMinWidth(width);
            number.setPrefWidth(width);
        };
        fitNumber.run();
        model.seeds().addListener((ListChangeListener<SeedFollowUp>) c -> fitNumber.run());
        TableColumn<SeedFollowUp, String> text = new TableColumn<>(context.text("followup.kind.seed"));
        text.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().seed().text()));
        text.setPrefWidth(200);
        text.setMinWidth(120);
        TableColumn<SeedFollowUp, String> people = new TableColumn<>(context.text("followup.report.people"));
        people.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().people().stream().map(ReportPerson::name).collect(Collectors.joining("、"))));
        people.setPrefWidth(140);
        people.setMinWidth(100);
        TableColumn<SeedFollowUp, SeedFollowUp> status = new TableColumn<>(context.text("followup.report.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusColumnCell());
        status.setPrefWidth(190);
        status.setMinWidth(190);
        TableColumn<SeedFollowUp, String> last = new TableColumn<>(context.text("followup.report.lastChange"));
        last.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().lastChange().toString()));
        last.setPrefWidth(118);
        last.setMinWidth(118);
        table.getColumns().setAll(java.util.List.of(number, text, people, status, last));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(SeedFollowUp item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.overdue() ? OVERDUE_ROW : "");
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != model.selected().get()) {
                model.selected().set(b);
            }
        });
        model.selected().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                if (b == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(b);
                }
            }
        });
        return table;
    }

    private void showDetail() {
        detail.getChildren().clear();
        PersonPage page = model.person().get();
        if (page != null) {
            detail.getChildren().add(new PersonPageView(context, page, model::connectionLine, model::closePerson));
            return;
        }
        SeedFollowUp seed = model.selected().get();
        if (seed == null) {
            Label none = new Label(context.text("followup.ui.choose"));
            none.setWrapText(true);
            detail.getChildren().add(none);
            return;
        }
        Label title = Labels.heading(seed.seed().text());
        title.setId("seedTitle");
        title.setWrapText(true);
        Label where = new Label(context.text("followup.ui.where", model.table(seed.seed()), status(seed)));
        where.setWrapText(true);
        FlowPane people = new FlowPane(6, 4);
        for (ReportPerson p : seed.people()) {
            Hyperlink link = new Hyperlink(
                    p.organisation().isBlank()
                            ? p.name()
                            : context.text("followup.report.nameWithOrganisation", p.name(), p.organisation()));
            link.setId("person-" + p.id());
            link.setOnAction(e -> model.openPerson(p));
            people.getChildren().add(link);
        }
        VBox history = new VBox(4);
        history.setId("seedHistory");
        if (seed.history().isEmpty()) {
            history.getChildren().add(new Label(context.text("followup.ui.noHistory")));
        }
        for (FollowUpEntry e : seed.history()) {
            Label line = new Label(context.text(
                            "followup.cli.history",
                            e.date().toString(),
                            context.text("followup.status." + e.status().code()),
                            e.note())
                    .strip());
            line.setWrapText(true);
            history.getChildren().add(line);
        }
        detail.getChildren()
                .addAll(
                        title,
                        where,
                        Labels.subheading(context.text("followup.report.people")),
                        people,
                        Labels.subheading(context.text("followup.ui.history")),
                        history,
                        new Separator(),
                        form(seed));
    }

    private Node form(SeedFollowUp seed) {
        ComboBox<SeedStatus> status = new ComboBox<>();
        status.setId("newStatus");
        status.getItems().setAll(SeedStatus.values());
        status.setButtonCell(new StatusCell(""));
        status.setCellFactory(v -> new StatusCell(""));
        status.setValue(next(seed.status()));
        DatePicker date = new DatePicker(model.today());
        date.setId("statusDate");
        date.setPrefWidth(170);
        date.setMinWidth(170);
        TextField note = new TextField();
        note.setId("statusNote");
        note.setPromptText(context.text("followup.ui.note"));
        Button record = new Button(context.text("followup.ui.record"), Icons.of(Feather.CHECK));
        record.setId("recordStatus");
        Runnable submit = () -> model.record(status.getValue(), date.getValue(), note.getText());
        record.setOnAction(e -> submit.run());
        note.setOnAction(e -> submit.run());
        HBox row = new HBox(6, status, date);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, Labels.subheading(context.text("followup.ui.move")), row, note, record);
    }

    /** The status the bridging usually goes to next. */
    private static SeedStatus next(SeedStatus now) {
        return switch (now) {
            case NEW -> SeedStatus.INTRODUCED;
            case INTRODUCED -> SeedStatus.MET;
            case MET, WORKING -> SeedStatus.WORKING;
            case CLOSED -> SeedStatus.CLOSED;
        };
    }

    private String status(SeedFollowUp seed) {
        String status = context.text("followup.status." + seed.status().code());
        return seed.overdue() ? context.text("followup.ui.overdueStatus", status) : status;
    }

    private final class StatusColumnCell extends TableCell<SeedFollowUp, SeedFollowUp> {
        @Override
        protected void updateItem(SeedFollowUp item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setStyle("");
                return;
            }
            setText(status(item));
            setGraphic(item.overdue() ? Icons.of(Feather.ALERT_TRIANGLE) : null);
            setStyle(item.overdue() ? "-fx-text-fill: #B3261E; -fx-font-weight: bold;" : "");
        }
    }

    private final class StatusCell extends ListCell<SeedStatus> {
        private final String none;

        StatusCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(SeedStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? none : context.text("followup.status." + item.code()));
        }
    }

    private final class TableCellText extends ListCell<Integer> {
        private final String none;

        TableCellText(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? none : context.text("followup.chart.table", item));
        }
    }
}
