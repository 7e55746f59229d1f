package jp.tsunagu.ui.venue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.text.SearchKey;
import jp.tsunagu.venue.Move;
import jp.tsunagu.venue.VenuePerson;

/**
 * What the projector shows: every table (number, colour, theme, hosts, the names of the people
 * there), a 五十音 "find your table" list, or the moves after closing reception. Laid out for a
 * 1920 x 1080 screen and scaled to the window as a whole, so names are 24 pt there and keep their
 * proportions on any screen. Redrawn whenever the desk's model reloads (every check-in, move,
 * walk-in, here or elsewhere).
 */
public final class RoomView extends StackPane {
    /** What the room sees. */
    public enum Mode {
        TABLES,
        FIND,
        MOVES
    }

    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;
    /** 24 pt at 96 dpi. */
    static final double NAME_PX = 32;

    private final VenueViewModel model;
    private final Pane slide = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Mode mode = Mode.TABLES;
    private List<Move> moves = List.of();
    private int page;

    public RoomView(VenueViewModel model) {
        this.model = model;
        setId("roomView");
        getStyleClass().add("room-view");
        getStylesheets()
                .add(Objects.requireNonNull(RoomView.class.getResource("venue-day.css"))
                        .toExternalForm());
        slide.setPrefSize(WIDTH, HEIGHT);
        slide.setMinSize(WIDTH, HEIGHT);
        slide.setMaxSize(WIDTH, HEIGHT);
        slide.getStyleClass().add("room-slide");
        slide.getTransforms().add(scale);
        slide.setClip(new javafx.scene.shape.Rectangle(WIDTH, HEIGHT));
        Group holder = new Group(slide);
        getChildren().add(holder);
        setAlignment(Pos.CENTER);
        setStyle("-fx-background-color: #101418;");
        widthProperty().addListener((o, was, now) -> fit());
        heightProperty().addListener((o, was, now) -> fit());
        model.people().addListener((o, was, now) -> redraw());
        model.plan().addListener((o, was, now) -> redraw());
        redraw();
    }

    private void fit() {
        double s = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
        if (s > 0) {
            scale.setX(s);
            scale.setY(s);
        }
    }

    public Mode mode() {
        return mode;
    }

    public void show(Mode newMode) {
        mode = newMode;
        page = 0;
        redraw();
    }

    /** The moves of a closing, for the MC (shown in {@link Mode#MOVES}). */
    public void moves(List<Move> closingMoves) {
        moves = List.copyOf(closingMoves);
        show(Mode.MOVES);
    }

    /** The next page of the 五十音 list (when everyone does not fit on one). */
    public void nextPage() {
        page++;
        redraw();
    }

    void redraw() {
        BorderPane content = new BorderPane();
        content.setPrefSize(WIDTH, HEIGHT);
        content.setPadding(new Insets(28, 36, 28, 36));
        EventPlan plan = model.plan().get();
        String title = model.context()
                .text(
                        switch (mode) {
                            case TABLES -> "venue.room.tablesTitle";
                            case FIND -> "venue.room.findTitle";
                            case MOVES -> "venue.room.movesTitle";
                        });
        Label heading = new Label(title);
        heading.getStyleClass().add("room-heading");
        Label event = new Label(plan == null ? "" : plan.event().name());
        event.getStyleClass().add("room-event");
        HBox top = new HBox(30, heading, event);
        top.setAlignment(Pos.BASELINE_LEFT);
        content.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 18, 0));
        if (plan != null) {
            content.setCenter(
                    switch (mode) {
                        case TABLES -> tables(plan);
                        case FIND -> find();
                        case MOVES -> movesList();
                    });
        }
        slide.getChildren().setAll(content);
    }

    private List<VenuePerson> present() {
        return model.people().get().stream()
                .filter(p -> p.attendance() != Attendance.ABSENT)
                .toList();
    }

    /** Every table as a card: number on its colour, theme, hosts, then its people. */
    private GridPane tables(EventPlan plan) {
        List<EventTable> tables = plan.tables();
        int columns = tables.size() <= 4 ? Math.max(1, tables.size()) : tables.size() <= 8 ? 4 : 5;
        int rows = Math.max(1, (tables.size() + columns - 1) / columns);
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(18);
        double cardWidth = (WIDTH - 72 - 18 * (columns - 1)) / columns;
        double cardHeight = (HEIGHT - 56 - 80 - 18 * (rows - 1)) / rows;
        List<VenuePerson> present = present();
        for (int i = 0; i < tables.size(); i++) {
            EventTable table = tables.get(i);
            List<VenuePerson> here = present.stream()
                    .filter(p -> p.table() != null && p.table() == table.number())
                    .sorted(Comparator.comparing(
                            (VenuePerson p) -> SearchKey.of(p.reading().isEmpty() ? p.name() : p.reading())))
                    .toList();
            grid.add(card(table, here, cardWidth, cardHeight), i % columns, i / columns);
        }
        return grid;
    }

    private VBox card(EventTable table, List<VenuePerson> here, double width, double height) {
        Color colour = Color.web(table.theme().colour());
        Color ink = colour.getBrightness() > 0.7 ? Color.web("#222222") : Color.WHITE;
        Label number = new Label(String.valueOf(table.number()));
        number.getStyleClass().add("room-table-number");
        number.setTextFill(ink);
        Label theme = new Label(table.theme().name());
        theme.getStyleClass().add("room-theme");
        theme.setTextFill(ink);
        theme.setWrapText(true);
        HBox.setHgrow(theme, Priority.ALWAYS);
        long checkedIn = here.stream()
                .filter(p -> p.attendance() == Attendance.CHECKED_IN)
                .count();
        Label count = new Label(model.context().text("venue.room.count", checkedIn, here.size()));
        count.getStyleClass().add("room-count");
        count.setTextFill(ink);
        count.setId("roomCount-" + table.number());
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        theme.setMinWidth(0);
        HBox header = new HBox(14, number, theme, count);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 8, 14));
        header.setStyle("-fx-background-color: " + table.theme().colour() + "; -fx-background-radius: 10 10 0 0;");
        List<String> hostNames = new ArrayList<>();
        table.advisor().ifPresent(s -> hostNames.add(model.context().text("venue.room.advisor", s.name())));
        table.facilitator().ifPresent(s -> hostNames.add(model.context().text("venue.room.facilitator", s.name())));
        VBox card = new VBox();
        card.getStyleClass().add("room-card");
        card.setPrefSize(width, height);
        card.setMaxSize(width, height);
        card.getChildren().add(header);
        if (!hostNames.isEmpty()) {
            Label hosts = new Label(String.join("　", hostNames));
            hosts.getStyleClass().add("room-hosts");
            hosts.setWrapText(true);
            hosts.setPadding(new Insets(4, 14, 0, 14));
            card.getChildren().add(hosts);
        }
        double free = height - 64 - (hostNames.isEmpty() ? 0 : 34) - 12;
        int perColumn = Math.max(1, (int) Math.floor(free / (NAME_PX * 1.3)));
        int nameColumns = Math.max(1, (here.size() + perColumn - 1) / perColumn);
        GridPane names = new GridPane();
        names.setHgap(14);
        names.setPadding(new Insets(6, 14, 6, 14));
        for (int i = 0; i < here.size(); i++) {
            VenuePerson p = here.get(i);
            Label name = new Label(p.name());
            name.getStyleClass().add("room-name");
            name.getStyleClass().add(p.attendance() == Attendance.CHECKED_IN ? "room-here" : "room-expected");
            name.setId("roomName-" + p.id());
            name.setMinWidth(0);
            name.setMaxWidth((width - 28 - 14 * (nameColumns - 1)) / nameColumns);
            names.add(name, i / perColumn, i % perColumn);
        }
        card.getChildren().add(names);
        return card;
    }

    /** 五十音 "find your table": everyone present by reading, with their table on its colour. */
    private Pane find() {
        List<VenuePerson> people = present().stream()
                .sorted(Comparator.comparing(
                                (VenuePerson p) -> SearchKey.of(p.reading().isEmpty() ? p.name() : p.reading()))
                        .thenComparingLong(VenuePerson::id))
                .toList();
        int columns = 4;
        // A row: the chip (30 px text, padded) and 10 px between rows.
        double rowHeight = 56;
        int perColumn = (int) Math.floor((HEIGHT - 56 - 90 - 50) / rowHeight);
        int perPage = columns * perColumn;
        int pages = Math.max(1, (people.size() + perPage - 1) / perPage);
        int shownPage = page % pages;
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(10);
        double columnWidth = (WIDTH - 72 - 28 * (columns - 1)) / columns;
        List<VenuePerson> slice =
                people.subList(shownPage * perPage, Math.min(people.size(), (shownPage + 1) * perPage));
        for (int i = 0; i < slice.size(); i++) {
            VenuePerson p = slice.get(i);
            EventTable table = model.table(p.table());
            Label chip = new Label(table == null ? "—" : String.valueOf(table.number()));
            chip.getStyleClass().add("room-find-table");
            chip.setMinWidth(NAME_PX * 1.8);
            if (table != null) {
                Color colour = Color.web(table.theme().colour());
                chip.setStyle("-fx-background-color: " + table.theme().colour() + "; -fx-text-fill: "
                        + (colour.getBrightness() > 0.7 ? "#222222" : "white") + ";");
            }
            Label name = new Label(p.name());
            name.getStyleClass().add("room-name");
            name.setId("roomFind-" + p.id());
            name.setMinWidth(0);
            HBox row = new HBox(12, chip, name);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(columnWidth);
            row.setMaxWidth(columnWidth);
            row.setMinHeight(rowHeight - 10);
            row.setMaxHeight(rowHeight - 10);
            grid.add(row, i / perColumn, i % perColumn);
        }
        VBox box = new VBox(14, grid);
        if (pages > 1) {
            Label more = new Label(model.context().text("venue.room.page", shownPage + 1, pages));
            more.getStyleClass().add("room-page");
            box.getChildren().add(more);
        }
        return box;
    }

    /**
     * After closing: who moves from which table to which, large, for the MC to read out; in columns
     * (18 lines each), so that a long list still fits the screen.
     */
    private Pane movesList() {
        GridPane list = new GridPane();
        list.setHgap(48);
        list.setVgap(NAME_PX * 0.5);
        if (moves.isEmpty()) {
            Label none = new Label(model.context().text("venue.room.noMoves"));
            none.getStyleClass().add("room-name");
            list.add(none, 0, 0);
        }
        int perColumn = 18;
        int columns = Math.max(1, (moves.size() + perColumn - 1) / perColumn);
        double width = (WIDTH - 72 - 48 * (columns - 1)) / columns;
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            Label line = new Label(model.context()
                    .text(
                            "venue.room.move",
                            move.name(),
                            move.from(),
                            move.to() == null ? model.context().text("venue.cli.noTable") : String.valueOf(move.to())));
            line.getStyleClass().add("room-name");
            line.setMaxWidth(width);
            line.setMinWidth(0);
            list.add(line, i / perColumn, i % perColumn);
        }
        return list;
    }
}
