package jp.tsunagu.ui.venue;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.Theme;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.ui.EventFormView;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.PersonForm;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.venue.VenueCounts;
import jp.tsunagu.venue.VenuePerson;
import jp.tsunagu.venue.WalkIn;

/**
 * The 当日 screen: the reception desk. The search field keeps focus: type a reading (or scan a
 * row's code) and press Enter; the person's table shows large in its colour. F2 or Ctrl+Z takes
 * the last check-in back; Esc clears the search. Counts stay visible at the bottom.
 */
public final class VenueView extends BorderPane {
    private final UiContext context;
    private final VenueViewModel model;
    private final TextField search = new TextField();
    private final ListView<VenuePerson> results = new ListView<>();
    private final VBox shown = new VBox(8);
    private final Label message = new Label();
    private final HBox totals = new HBox(18);
    private final FlowPane perTable = new FlowPane(8, 6);
    private final Label status = new Label();

    public VenueView(
            UiContext context,
            VenueViewModel model,
            Runnable openRoom,
            Runnable closeReception,
            Runnable printCard,
            Runnable printMoves,
            javafx.beans.value.ObservableBooleanValue movesKnown) {
        this.context = context;
        this.model = model;
        setId("venueDesk");
        getStyleClass().addAll("page", "venue-desk");
        getStylesheets()
                .add(Objects.requireNonNull(VenueView.class.getResource("venue-day.css"))
                        .toExternalForm());
        setTop(toolbar(openRoom, closeReception, printCard, printMoves, movesKnown));
        setCenter(desk());
        setBottom(countsBar());
        model.shown().addListener((o, was, now) -> drawShown());
        model.counts().addListener((o, was, now) -> drawCounts());
        model.receptionClosed().addListener((o, was, now) -> drawStatus());
        message.textProperty().bind(model.message());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        drawShown();
        drawStatus();
    }

    private HBox toolbar(
            Runnable openRoom,
            Runnable closeReception,
            Runnable printCard,
            Runnable printMoves,
            javafx.beans.value.ObservableBooleanValue movesKnown) {
        Label heading = Labels.heading(context.text("venue.desk.title"));
        status.setId("venueStatus");
        status.getStyleClass().add("venue-status");
        Button undo = button("venueUndo", "venue.desk.undo", model::undoLast);
        undo.disableProperty().bind(context.undo().canUndoProperty().not());
        Button absent = button("venueAbsent", "venue.desk.absent", model::markSelectedAbsent);
        absent.disableProperty().bind(model.selected().isNull());
        Button card = button("venuePrintCard", "venue.desk.printCard", printCard);
        Button close = button("venueClose", "venue.desk.close", closeReception);
        Button room = button("venueRoom", "venue.desk.room", openRoom);
        // The MC reads the moves on paper: offered once reception is closed and the moves are known.
        Button moves = button("venuePrintMoves", "venue.desk.printMoves", printMoves);
        moves.visibleProperty().bind(movesKnown);
        moves.managedProperty().bind(movesKnown);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, status, spacer, undo, absent, card, close, moves, room);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(context.text(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> {
            action.run();
            focusSearch();
        });
        return button;
    }

    private HBox desk() {
        search.setId("venueSearch");
        search.getStyleClass().add("venue-search");
        search.setPromptText(context.text("venue.desk.searchPrompt"));
        search.textProperty().bindBidirectional(model.query());
        search.setOnAction(e -> {
            model.enter();
            focusSearch();
        });
        results.setId("venueResults");
        results.setItems(model.results());
        results.setCellFactory(list -> new PersonCell());
        results.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selected().set(now);
            }
        });
        model.selected().addListener((o, was, now) -> {
            if (now != null && results.getSelectionModel().getSelectedItem() != now) {
                results.getSelectionModel().select(now);
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selected().get() != null) {
                model.checkIn(model.selected().get().id());
                focusSearch();
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox left = new VBox(8, search, results);
        left.setPrefWidth(460);
        left.setMinWidth(320);
        HBox.setHgrow(left, Priority.ALWAYS);

        shown.setId("venueShown");
        shown.getStyleClass().addAll("card", "venue-shown");
        message.setId("venueMessage");
        message.setWrapText(true);
        VBox right = new VBox(10, shown, message, walkInForm());
        right.setPrefWidth(460);
        right.setMinWidth(360);
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setPrefWidth(480);
        rightScroll.setMinWidth(380);
        HBox.setHgrow(rightScroll, Priority.SOMETIMES);
        HBox desk = new HBox(14, left, rightScroll);
        return desk;
    }

    /** The walk-in form (当日参加): short, saved, checked in and placed at once. */
    private TitledPane walkInForm() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        // Checked as typed, by the rules the save uses: a problem is written under its field.
        PersonForm checks = new PersonForm(context.messages());
        checks.emailsInUse.bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> emails(model.people().get()), model.people()));
        TextField name = field(grid, 0, "walkInName", "venue.walkIn.name", checks.name, checks.nameProblem);
        TextField reading = field(grid, 1, "walkInReading", "venue.walkIn.reading");
        TextField organisation = field(grid, 2, "walkInOrganisation", "venue.walkIn.organisation");
        TextField industry = field(grid, 3, "walkInIndustry", "venue.walkIn.industry");
        List<ComboBox<Theme>> choices = List.of(
                choice(grid, 4, "walkInChoice1", "venue.walkIn.choice1"),
                choice(grid, 5, "walkInChoice2", "venue.walkIn.choice2"),
                choice(grid, 6, "walkInChoice3", "venue.walkIn.choice3"));
        TextField email = field(grid, 7, "walkInEmail", "venue.walkIn.email", checks.email, checks.emailProblem);
        CheckBox yeg = new CheckBox(context.text("venue.walkIn.yeg"));
        yeg.setId("walkInYeg");
        CheckBox consent = new CheckBox(context.text("venue.walkIn.consent"));
        consent.setId("walkInConsent");
        consent.setWrapText(true);
        grid.add(yeg, 1, 8);
        grid.add(consent, 1, 9);
        Button add = new Button(context.text("venue.walkIn.add"));
        add.setId("walkInAdd");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(checks.valid.not());
        add.setOnAction(e -> {
            WalkIn form = new WalkIn(
                    name.getText(),
                    reading.getText(),
                    organisation.getText(),
                    "",
                    industry.getText(),
                    "",
                    yeg.isSelected(),
                    email.getText(),
                    "",
                    number(choices.get(0)),
                    number(choices.get(1)),
                    number(choices.get(2)),
                    consent.isSelected());
            // Stored off the FX thread: the form clears once the walk-in is in; a refused one stays typed.
            model.walkIn(form, () -> {
                for (TextField f : List.of(name, reading, organisation, industry, email)) {
                    f.clear();
                }
                choices.forEach(c -> c.setValue(null));
                yeg.setSelected(false);
                consent.setSelected(false);
                checks.untouched();
                focusSearch();
            });
        });
        grid.add(add, 1, 10);
        TitledPane pane = new TitledPane(context.text("venue.walkIn.title"), grid);
        pane.setId("venueWalkIn");
        pane.setExpanded(false);
        return pane;
    }

    private static Integer number(ComboBox<Theme> box) {
        return box.getValue() == null ? null : box.getValue().number();
    }

    /** The people's addresses and whose they are: a walk-in's address taken already is said under the field. */
    private static java.util.Map<String, String> emails(List<jp.tsunagu.venue.VenuePerson> people) {
        java.util.Map<String, String> used = new java.util.HashMap<>();
        for (jp.tsunagu.venue.VenuePerson p : people) {
            if (p.email() != null && !p.email().isEmpty()) {
                used.putIfAbsent(p.email(), p.name());
            }
        }
        return used;
    }

    private TextField field(
            GridPane grid,
            int row,
            String id,
            String key,
            javafx.beans.property.StringProperty checked,
            javafx.beans.value.ObservableValue<String> problem) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(checked);
        Label label = Labels.field(context.text(key));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        GridPane.setMargin(label, new Insets(5, 0, 0, 0));
        VBox box = EventFormView.withProblem(field, problem);
        GridPane.setHgrow(box, Priority.ALWAYS);
        grid.addRow(row, label, box);
        return field;
    }

    private TextField field(GridPane grid, int row, String id, String key) {
        TextField field = new TextField();
        field.setId(id);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, Labels.field(context.text(key)), field);
        return field;
    }

    private ComboBox<Theme> choice(GridPane grid, int row, String id, String key) {
        ComboBox<Theme> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme theme) {
                return theme == null ? "" : theme.number() + " " + theme.name();
            }

            @Override
            public Theme fromString(String text) {
                return null;
            }
        });
        model.plan().addListener((o, was, now) -> {
            if (now != null) {
                box.getItems().setAll(now.themes());
            }
        });
        if (model.plan().get() != null) {
            box.getItems().setAll(model.plan().get().themes());
        }
        grid.addRow(row, Labels.field(context.text(key)), box);
        return box;
    }

    private VBox countsBar() {
        totals.setId("venueTotals");
        totals.getStyleClass().add("venue-totals");
        perTable.setId("venuePerTable");
        VBox bar = new VBox(6, totals, perTable);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private void drawCounts() {
        VenueCounts counts = model.counts().get();
        totals.getChildren().clear();
        perTable.getChildren().clear();
        if (counts == null) {
            return;
        }
        totals.getChildren()
                .addAll(
                        total("venueCheckedIn", "venue.count.checkedIn", counts.checkedIn()),
                        total("venueExpected", "venue.count.expected", counts.expected()),
                        total("venueAbsentCount", "venue.count.absent", counts.absent()),
                        total("venueWalkIns", "venue.count.walkIns", counts.walkIns()));
        for (VenueCounts.TableCount t : counts.tables()) {
            EventTable table = model.table(t.table());
            Label chip = new Label(context.text("venue.count.table", t.table(), t.checkedIn(), t.seated()));
            chip.setId("venueTableCount-" + t.table());
            chip.getStyleClass().add("venue-table-count");
            if (table != null) {
                Color colour = Color.web(table.theme().colour());
                chip.setStyle("-fx-border-color: " + table.theme().colour() + ";");
                chip.setGraphic(swatch(colour, 10));
            }
            perTable.getChildren().add(chip);
        }
    }

    private Label total(String id, String key, int n) {
        Label label = new Label(context.text(key, n));
        label.setId(id);
        label.getStyleClass().add("venue-total");
        return label;
    }

    private static Region swatch(Color colour, double size) {
        Region box = new Region();
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setBackground(new javafx.scene.layout.Background(
                new javafx.scene.layout.BackgroundFill(colour, new javafx.scene.layout.CornerRadii(2), Insets.EMPTY)));
        return box;
    }

    private void drawStatus() {
        boolean closed = model.receptionClosed().get();
        status.setText(context.text(closed ? "venue.desk.closedStatus" : "venue.desk.openStatus"));
        status.getStyleClass().removeAll("venue-open", "venue-closed");
        status.getStyleClass().add(closed ? "venue-closed" : "venue-open");
    }

    /** The last check-in, large: the table number on its colour, the name, the theme. */
    private void drawShown() {
        shown.getChildren().clear();
        VenueViewModel.Shown s = model.shown().get();
        if (s == null) {
            Label hint = new Label(context.text("venue.desk.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("venue-hint");
            shown.getChildren().add(hint);
            return;
        }
        EventTable table = s.table();
        StackPane number = new StackPane();
        number.getStyleClass().add("venue-table-number");
        Label digits = new Label(table == null ? "—" : String.valueOf(table.number()));
        digits.setId("venueShownTable");
        digits.getStyleClass().add("venue-table-digits");
        if (table != null) {
            Color colour = Color.web(table.theme().colour());
            number.setStyle("-fx-background-color: " + table.theme().colour() + ";");
            digits.setTextFill(colour.getBrightness() > 0.7 ? Color.web("#222222") : Color.WHITE);
        }
        number.getChildren().add(digits);
        Label name = new Label(context.text("venue.desk.shownName", s.person().name()));
        name.setId("venueShownName");
        name.getStyleClass().add("venue-shown-name");
        name.setWrapText(true);
        Label where = new Label(
                table == null
                        ? context.text("venue.desk.noSeat")
                        : context.text(
                                "venue.desk.shownTable",
                                table.number(),
                                table.theme().name()));
        where.setWrapText(true);
        where.getStyleClass().add("venue-shown-where");
        VBox text = new VBox(4, name, where);
        if (s.already()) {
            text.getChildren().add(note(context.text("venue.desk.alreadyNote")));
        } else if (s.placed()) {
            text.getChildren().add(note(context.text("venue.desk.placedNote")));
        }
        s.notes().forEach(n -> text.getChildren().add(note(n)));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(16, number, text);
        row.setAlignment(Pos.CENTER_LEFT);
        shown.getChildren().add(row);
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("venue-note");
        return label;
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.F2) {
            model.undoLast();
            focusSearch();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && e.getTarget() == search) {
            model.query().set("");
            e.consume();
        } else if (e.getTarget() == search && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)) {
            int at = results.getSelectionModel().getSelectedIndex();
            int next =
                    Math.max(0, Math.min(results.getItems().size() - 1, at + (e.getCode() == KeyCode.DOWN ? 1 : -1)));
            if (!results.getItems().isEmpty()) {
                results.getSelectionModel().select(next);
                results.scrollTo(next);
            }
            e.consume();
        }
    }

    /** Puts the cursor back in the search field, for the next person in the queue. */
    public void focusSearch() {
        Platform.runLater(search::requestFocus);
    }

    /** One person in the results: name and reading, organisation, attendance, table. */
    private final class PersonCell extends ListCell<VenuePerson> {
        @Override
        protected void updateItem(VenuePerson p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(p.name());
            name.getStyleClass().add("venue-result-name");
            Label reading = new Label(p.reading());
            reading.getStyleClass().add("venue-result-reading");
            Label organisation = new Label(p.organisation());
            organisation.getStyleClass().add("venue-result-org");
            VBox who = new VBox(1, reading, name, organisation);
            HBox.setHgrow(who, Priority.ALWAYS);
            who.setMinWidth(0);
            Label state =
                    new Label(context.text("venue.status." + p.attendance().code()));
            state.getStyleClass()
                    .addAll(
                            "venue-result-state",
                            "venue-state-" + p.attendance().code());
            state.setMinWidth(Region.USE_PREF_SIZE);
            Label table = new Label(p.table() == null ? "—" : String.valueOf(p.table()));
            table.getStyleClass().add("venue-result-table");
            table.setMinWidth(Region.USE_PREF_SIZE);
            EventTable t = model.table(p.table());
            if (t != null && p.attendance() != Attendance.ABSENT) {
                table.setStyle("-fx-background-color: " + t.theme().colour() + "; -fx-text-fill: "
                        + (Color.web(t.theme().colour()).getBrightness() > 0.7 ? "#222222" : "white") + ";");
            }
            HBox row = new HBox(10, who, state, table);
            row.setAlignment(Pos.CENTER_LEFT);
            // Room between people, so one person's organisation never reads as the next one's reading.
            row.setPadding(new javafx.geometry.Insets(5, 0, 5, 0));
            setText(null);
            setGraphic(row);
        }
    }
}
