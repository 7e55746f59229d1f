package jp.tsunagu.ui.seating;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.seating.SeatedPerson;
import jp.tsunagu.seating.SeatingBoard;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/**
 * The 座席 screen: every table side by side with its people as cards, the score and the rules on
 * the right, the people without a seat below them. Drag a card to a table to move it, onto a
 * person to swap; keyboard: Alt+←/→ moves the chosen card, L locks, S swaps with the card marked
 * before, Delete takes the seat away; Ctrl+F searches.
 */
public final class SeatingBoardView extends BorderPane {
    private final UiContext context;
    private final SeatingBoardViewModel model;
    private final HBox tables = new HBox(12);
    private final ScrollPane tableScroll = new ScrollPane(tables);
    private final VBox side = new VBox(10);
    private final VBox unseated = new VBox(6);
    private final Map<Long, SeatingCard> cards = new HashMap<>();
    private final TextField search = new TextField();
    private final Button lock = new Button();
    private Long dragged;
    private Long swapWith;

    public SeatingBoardView(UiContext context, SeatingBoardViewModel model) {
        this.context = context;
        this.model = model;
        setId("seatingBoard");
        getStyleClass().addAll("page", "seating-board");
        getStylesheets()
                .add(Objects.requireNonNull(SeatingBoardView.class.getResource("seating-board.css"))
                        .toExternalForm());
        setTop(toolbar());
        // Columns keep their full height (cards never squeezed); the board scrolls both ways.
        tableScroll.setFitToHeight(false);
        tableScroll.setId("seatingTables");
        tables.setPadding(new Insets(4));
        setCenter(tableScroll);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setPrefWidth(280);
        side.getStyleClass().add("card");
        setRight(sideScroll);
        BorderPane.setMargin(sideScroll, new Insets(0, 0, 0, 12));
        model.boardProperty().addListener((o, old, now) -> rebuild());
        model.searchProperty().addListener((o, old, now) -> rebuild());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // While a card is dragged near either edge, the tables scroll so that every table can be reached.
        tableScroll.addEventFilter(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            double width = tableScroll.getWidth();
            double step = 12
                    / Math.max(
                            1,
                            tables.getWidth() - tableScroll.getViewportBounds().getWidth());
            if (e.getX() < 48) {
                tableScroll.setHvalue(Math.max(0, tableScroll.getHvalue() - step));
            } else if (e.getX() > width - 48) {
                tableScroll.setHvalue(Math.min(1, tableScroll.getHvalue() + step));
            }
        });
    }

    private Node toolbar() {
        Button auto = new Button(context.text("seating.board.autoSeat"), Icons.of(Feather.ZAP));
        auto.setId("autoSeat");
        auto.getStyleClass().add("accent");
        auto.disableProperty().bind(model.seatingProperty());
        auto.setOnAction(e -> model.autoSeat());
        ProgressBar progress = new ProgressBar();
        progress.setId("autoSeatProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.seatingProperty());
        Button cancel = new Button(context.text("seating.board.cancel"), Icons.of(Feather.X));
        cancel.setId("autoSeatCancel");
        cancel.visibleProperty().bind(model.seatingProperty());
        cancel.setOnAction(e -> model.cancelAutoSeat());
        lock.setText(context.text("seating.board.lock"));
        lock.setGraphic(Icons.of(Feather.LOCK));
        lock.setId("lockSelected");
        lock.disableProperty().bind(model.selectedProperty().isNull());
        lock.setOnAction(e -> withSelected(model::toggleLock));
        search.setId("seatingSearch");
        search.setPromptText(context.text("seating.board.search"));
        // Wide enough for its hint whole, in Japanese and English.
        search.setPrefColumnCount(28);
        model.searchProperty().bind(search.textProperty());
        search.setOnAction(e -> model.findFirst().ifPresent(p -> reveal(p.id())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, auto, progress, cancel, lock, spacer, Icons.of(Feather.SEARCH), search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        return bar;
    }

    private void rebuild() {
        SeatingBoard board = model.boardProperty().get();
        double scroll = tableScroll.getHvalue();
        tables.getChildren().clear();
        cards.clear();
        if (board == null) {
            return;
        }
        for (EventTable table : board.plan().tables()) {
            tables.getChildren().add(column(table, board));
        }
        rebuildSide(board);
        tableScroll.setHvalue(scroll);
        Long chosen = model.selectedProperty().get();
        if (chosen != null && cards.containsKey(chosen)) {
            choose(chosen);
        }
    }

    private Node column(EventTable table, SeatingBoard board) {
        Label number = new Label(String.valueOf(table.number()));
        number.getStyleClass().add("table-number");
        number.setStyle("-fx-background-color: " + table.theme().colour() + ";");
        Label theme = new Label(table.theme().name());
        theme.getStyleClass().add("table-theme");
        theme.setWrapText(true);
        HBox title = new HBox(8, number, theme);
        title.setAlignment(Pos.CENTER_LEFT);
        Label hosts = new Label(context.text(
                "seating.board.hosts",
                table.advisor().map(s -> s.name()).orElse("—"),
                table.facilitator().map(s -> s.name()).orElse("—")));
        hosts.getStyleClass().add("table-hosts");
        hosts.setWrapText(true);
        Label seats = new Label(model.texts().seatsText(table));
        seats.setId("seats-" + table.number());
        seats.getStyleClass().add(model.texts().overCapacity(table) ? "seats-over" : "seats");
        Label mix = new Label(model.texts().industryMix(table));
        mix.getStyleClass().add("table-mix");
        mix.setWrapText(true);
        VBox column = new VBox(6, title, hosts, seats, mix);
        column.setMinHeight(Region.USE_PREF_SIZE);
        column.setId("table-" + table.number());
        column.getStyleClass().add("seat-table");
        column.setStyle("-fx-border-color: " + table.theme().colour() + " #d0d7de #d0d7de #d0d7de;");
        for (SeatedPerson person : model.at(table.number())) {
            column.getChildren().add(card(person));
        }
        dropTarget(column, () -> model.move(dragged, table.number()));
        return column;
    }

    private void rebuildSide(SeatingBoard board) {
        Label score = new Label(model.texts().scoreText());
        score.setId("seatingScore");
        score.getStyleClass().add("section-heading");
        VBox terms = new VBox(2);
        terms.setId("seatingTerms");
        model.texts().termTexts().forEach((name, text) -> {
            Label term = new Label(text);
            term.setId("term-" + name);
            term.setWrapText(true);
            terms.getChildren().add(term);
        });
        VBox rules = new VBox(4);
        rules.setId("seatingViolations");
        if (model.texts().violationTexts().isEmpty()) {
            // "Every rule holds" only of a seating that exists: not of an empty board.
            int seated = board.people().size() - board.unseated().size();
            Label hold = new Label(
                    seated == 0 && !board.people().isEmpty()
                            ? context.text("seating.board.rulesNotYet")
                            : board.unseated().isEmpty()
                                    ? context.text("seating.board.rulesHold")
                                    : context.text(
                                            "seating.board.rulesHoldSeated",
                                            board.unseated().size()));
            hold.setId("seatingRulesSummary");
            hold.setWrapText(true);
            rules.getChildren().add(hold);
        }
        for (String text : model.texts().violationTexts()) {
            Label rule = new Label(text, Icons.of(Feather.ALERT_TRIANGLE));
            rule.setWrapText(true);
            rule.getStyleClass().add("seat-violation");
            rules.getChildren().add(rule);
        }
        unseated.getChildren().clear();
        unseated.setId("unseated");
        unseated.getStyleClass().add("unseated");
        unseated.setMinHeight(60);
        for (SeatedPerson person : board.unseated()) {
            unseated.getChildren().add(card(person));
        }
        dropTarget(unseated, () -> model.move(dragged, null));
        side.getChildren()
                .setAll(
                        score,
                        terms,
                        heading("seating.board.rules"),
                        rules,
                        heading("seating.board.unseated", board.unseated().size()),
                        unseated);
    }

    private Label heading(String key, Object... args) {
        return Labels.subheading(context.text(key, args));
    }

    private SeatingCard card(SeatedPerson person) {
        SeatingCard card = new SeatingCard(model, person);
        cards.put(person.id(), card);
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                choose(person.id());
            }
        });
        card.focusedProperty().addListener((o, old, now) -> {
            if (now) {
                choose(person.id());
            }
        });
        card.setOnDragDetected(e -> {
            dragged = person.id();
            card.startFullDrag();
            e.consume();
        });
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            if (dragged != null && dragged != person.id()) {
                long from = dragged;
                dragged = null;
                e.consume();
                if (person.table() == null) {
                    model.move(from, null);
                } else {
                    model.swap(from, person.id());
                }
            }
        });
        card.setOnContextMenuRequested(e -> menu(person).show(card, e.getScreenX(), e.getScreenY()));
        return card;
    }

    private void dropTarget(Node target, Runnable drop) {
        target.addEventHandler(
                MouseDragEvent.MOUSE_DRAG_ENTERED, e -> target.getStyleClass().add("drop-target"));
        target.addEventHandler(
                MouseDragEvent.MOUSE_DRAG_EXITED, e -> target.getStyleClass().remove("drop-target"));
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            target.getStyleClass().remove("drop-target");
            if (dragged != null) {
                drop.run();
                dragged = null;
                e.consume();
            }
        });
    }

    private ContextMenu menu(SeatedPerson person) {
        Menu moveTo = new Menu(context.text("seating.board.moveTo"));
        for (EventTable table : model.boardProperty().get().plan().tables()) {
            MenuItem item = new MenuItem(context.text(
                    "seating.board.tableItem", table.number(), table.theme().name()));
            item.setId("moveTo-" + table.number());
            item.setDisable(Objects.equals(person.table(), table.number()));
            item.setOnAction(e -> model.move(person.id(), table.number()));
            moveTo.getItems().add(item);
        }
        MenuItem lock = new MenuItem(context.text(person.locked() ? "seating.board.unlock" : "seating.board.lock"));
        lock.setDisable(person.table() == null);
        lock.setOnAction(e -> model.toggleLock(person.id()));
        MenuItem swap = swapItem(person);
        MenuItem unseat = new MenuItem(context.text("seating.board.unseat"));
        unseat.setDisable(person.table() == null);
        unseat.setOnAction(e -> model.move(person.id(), null));
        return new ContextMenu(moveTo, swap, lock, unseat);
    }

    /** Swapping by menu or keyboard: mark one card, then swap with it from another. */
    private MenuItem swapItem(SeatedPerson person) {
        if (swapWith == null || swapWith == person.id()) {
            MenuItem mark = new MenuItem(context.text("seating.board.markSwap"));
            mark.setOnAction(e -> swapWith = person.id());
            return mark;
        }
        String other = model.person(swapWith).map(SeatedPerson::name).orElse("");
        MenuItem swap = new MenuItem(context.text("seating.board.swapWith", other));
        swap.setOnAction(e -> swapWithMarked(person.id()));
        return swap;
    }

    private void swapWithMarked(long personId) {
        Long other = swapWith;
        swapWith = null;
        if (other != null) {
            model.swap(other, personId);
        }
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            search.requestFocus();
            e.consume();
            return;
        }
        if (search.isFocused() || model.selectedProperty().get() == null) {
            return;
        }
        long chosen = model.selectedProperty().get();
        boolean done = true;
        if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
            model.moveSelectedBy(-1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
            model.moveSelectedBy(1);
        } else if (e.getCode() == KeyCode.L && !e.isShortcutDown()) {
            model.toggleLock(chosen);
        } else if (e.getCode() == KeyCode.S && !e.isShortcutDown()) {
            if (swapWith == null || swapWith == chosen) {
                swapWith = chosen;
            } else {
                swapWithMarked(chosen);
            }
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.move(chosen, null);
        } else if (e.getCode() == KeyCode.M && !e.isShortcutDown() && cards.containsKey(chosen)) {
            // The card's menu from the keyboard, where the platform has no menu key of its own.
            model.person(chosen).ifPresent(p -> menu(p).show(cards.get(chosen), javafx.geometry.Side.BOTTOM, 0, 0));
            e.consume();
            return;
        } else {
            done = false;
        }
        if (done) {
            e.consume();
            reveal(chosen);
        }
    }

    private void choose(long personId) {
        Long before = model.selectedProperty().get();
        if (before != null && cards.containsKey(before)) {
            cards.get(before).getStyleClass().remove("selected");
        }
        model.selectedProperty().set(personId);
        if (cards.containsKey(personId)) {
            cards.get(personId).getStyleClass().add("selected");
        }
        boolean locked = model.person(personId).map(SeatedPerson::locked).orElse(false);
        lock.setText(context.text(locked ? "seating.board.unlock" : "seating.board.lock"));
    }

    /** Scrolls the board to a person's card and gives it the focus. */
    private void reveal(long personId) {
        SeatingCard card = cards.get(personId);
        if (card == null) {
            return;
        }
        // The card sits in its table's column, maybe far right or low on a long table: scroll
        // the board both ways until it is in view.
        tableScroll.applyCss();
        tableScroll.layout();
        Node column = card;
        while (column != null && column.getParent() != tables) {
            column = column.getParent();
        }
        if (column != null) {
            Bounds viewport = tableScroll.getViewportBounds();
            double freeX = tables.getWidth() - viewport.getWidth();
            if (freeX > 0) {
                tableScroll.setHvalue(
                        Math.max(0, Math.min(1, column.getBoundsInParent().getMinX() / freeX)));
            }
            Bounds inBoard = tables.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
            double freeY = tables.getHeight() - viewport.getHeight();
            if (freeY > 0) {
                tableScroll.setVvalue(Math.max(0, Math.min(1, (inBoard.getMinY() - 60) / freeY)));
            }
        }
        card.requestFocus();
        choose(personId);
    }

    private void withSelected(java.util.function.LongConsumer action) {
        Long chosen = model.selectedProperty().get();
        if (chosen != null) {
            action.accept(chosen);
        }
    }
}
