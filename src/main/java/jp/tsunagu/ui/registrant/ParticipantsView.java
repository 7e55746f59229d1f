package jp.tsunagu.ui.registrant;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/** The 参加者 screen: a toolbar to import, search and filter; the list; buttons to change people. */
final class ParticipantsView extends BorderPane {
    private final ParticipantsViewModel model;
    private final UiContext context;
    private final TableView<StoredPerson> table = new TableView<>();
    private final ImportPreviewDialog preview;

    ParticipantsView(ParticipantsViewModel model) {
        this.model = model;
        this.context = model.context();
        this.preview = new ImportPreviewDialog(model);
        setId("participantsView");
        getStyleClass().add("page");
        setTop(toolbar());
        setCenter(table());
        setBottom(actions());
        acceptDroppedFiles();
        model.pending().addListener((o, old, now) -> preview.show(now));
    }

    private VBox toolbar() {
        Button importFile = new Button(context.text("participants.import"), Icons.of(Feather.UPLOAD));
        importFile.setId("importFile");
        importFile.setOnAction(e -> model.chooseFile());
        Button undoImport = new Button(context.text("participants.undoImport"), Icons.of(Feather.CORNER_UP_LEFT));
        undoImport.setId("undoImport");
        undoImport.disableProperty().bind(model.canUndoImport().not());
        undoImport.setOnAction(e -> model.undoLatestImport());
        TextField search = new TextField();
        search.setId("participantSearch");
        search.setPromptText(context.text("participants.search"));
        search.textProperty().bindBidirectional(model.query());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<ThemeChoice> theme = new ComboBox<>(model.themeChoices());
        theme.setId("themeFilter");
        theme.setPromptText(context.text("participants.filter.theme"));
        follow(theme, model.themeFilter());
        // Wide enough for a long theme name; the list shows each name whole.
        theme.setMaxWidth(260);
        // Every category is an entry of its own, "every category" included (a list box shows an
        // empty string as nothing chosen): the box holds labels, the filter the category or "".
        String every = context.text("participants.filter.allCategories");
        ComboBox<String> category = new ComboBox<>();
        category.setId("categoryFilter");
        category.getItems().setAll(List.of(every));
        javafx.beans.property.StringProperty shown = new javafx.beans.property.SimpleStringProperty(every);
        shown.addListener((o, old, now) -> model.categoryFilter().set(now.equals(every) ? "" : now));
        model.categoryFilter().addListener((o, old, now) -> shown.set(now.isEmpty() ? every : now));
        model.categories().addListener((javafx.collections.ListChangeListener<String>) c -> {
            List<String> items = new java.util.ArrayList<>(List.of(every));
            items.addAll(model.categories());
            category.getItems().setAll(items);
        });
        follow(category, shown);
        CheckBox warnings = new CheckBox(context.text("participants.filter.warnings"));
        warnings.setId("warningsOnly");
        warnings.selectedProperty().bindBidirectional(model.warningsOnly());
        CheckBox duplicates = new CheckBox(context.text("participants.filter.duplicates"));
        duplicates.setId("duplicatesOnly");
        duplicates.selectedProperty().bindBidirectional(model.duplicatesOnly());
        // Two rows, so that no button or filter is cut short on a 1366-pixel laptop screen.
        Label hint = new Label(context.text("participants.dropHint"));
        hint.getStyleClass().add("hint");
        HBox files = new HBox(8, importFile, undoImport, hint);
        HBox filters = new HBox(8, search, theme, category, warnings, duplicates);
        for (HBox row : List.of(files, filters)) {
            row.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().forEach(node -> {
                if (node instanceof Region region && node != search && node != theme) {
                    region.setMinWidth(Region.USE_PREF_SIZE);
                }
            });
        }
        search.setMinWidth(160);
        VBox bar = new VBox(8, files, filters);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    /**
     * Ties a filter's box to the view model one way each: the user's pick sets the filter, the
     * filter sets the box. A box whose list is replaced may pass through "nothing chosen" for a
     * moment; that never reaches the filter, and the box is shown the filter again.
     */
    private static <T> void follow(ComboBox<T> box, javafx.beans.property.Property<T> filter) {
        box.setValue(filter.getValue());
        box.valueProperty().addListener((o, old, now) -> {
            if (now != null && !now.equals(filter.getValue())) {
                filter.setValue(now);
            }
        });
        filter.addListener((o, old, now) -> box.setValue(now));
        box.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> box.setValue(filter.getValue()));
    }

    private TableView<StoredPerson> table() {
        table.setId("participantTable");
        table.setItems(model.people());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Empty because nobody is here yet, or because the filters hide everybody: say which.
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.total().get() == 0
                                ? context.text("participants.empty")
                                : context.text(
                                        "participants.empty.filtered",
                                        model.total().get()),
                        model.total()));
        Button showAll = new Button(context.text("participants.filter.clear"));
        showAll.setId("clearFilters");
        showAll.setOnAction(e -> model.clearFilters());
        showAll.visibleProperty().bind(model.total().greaterThan(0));
        VBox placeholder = new VBox(10, empty, showAll);
        placeholder.setAlignment(Pos.CENTER);
        table.setPlaceholder(placeholder);
        table.getColumns()
                .setAll(List.of(
                        column("participants.col.reading", r -> r.reading() + (r.readingGuessed() ? " ?" : ""), 150),
                        column("participants.col.name", Registrant::name, 140),
                        column("participants.col.organisation", Registrant::organisation, 180),
                        column("participants.col.category", Registrant::category, 150),
                        column("participants.col.choice1", r -> model.themeName(r.choice1()), 170),
                        column("participants.col.choice2", r -> model.themeName(r.choice2()), 170),
                        column("participants.col.choice3", r -> model.themeName(r.choice3()), 170),
                        column("participants.col.email", Registrant::email, 200),
                        column(
                                "participants.col.warnings",
                                r -> String.join(
                                        "; ",
                                        r.flags().stream()
                                                .map(f -> context.text(
                                                        f.key(), f.args().toArray()))
                                                .toList()),
                                320)));
        table.setRowFactory(v -> {
            TableRow<StoredPerson> row = new TableRow<>() {
                @Override
                protected void updateItem(StoredPerson item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("possible-duplicate");
                    if (!empty && item != null && Registrants.isPossibleDuplicate(item.registrant())) {
                        getStyleClass().add("possible-duplicate");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private TableColumn<StoredPerson, String> column(
            String key, java.util.function.Function<Registrant, String> value, double width) {
        TableColumn<StoredPerson, String> c = new TableColumn<>(context.text(key));
        Callback<TableColumn.CellDataFeatures<StoredPerson, String>, javafx.beans.value.ObservableValue<String>> cell =
                f -> new ReadOnlyStringWrapper(value.apply(f.getValue().registrant()));
        c.setCellValueFactory(cell);
        c.setCellFactory(v -> new jp.tsunagu.ui.WholeTextCell<>());
        c.setPrefWidth(width);
        return c;
    }

    private VBox actions() {
        Button add = new Button(context.text("participants.add"), Icons.of(Feather.USER_PLUS));
        add.setId("addPerson");
        add.setOnAction(e -> personDialog(null).showAndWait().ifPresent(model::add));
        Button edit = new Button(context.text("participants.edit"), Icons.of(Feather.EDIT));
        edit.setId("editPerson");
        edit.setOnAction(e -> {
            StoredPerson chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                edit(chosen);
            }
        });
        Button delete = new Button(context.text("participants.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("deletePerson");
        delete.setOnAction(
                e -> model.delete(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button merge = new Button(context.text("participants.merge"), Icons.of(Feather.GIT_MERGE));
        merge.setId("mergePeople");
        merge.setOnAction(e -> {
            List<StoredPerson> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (chosen.size() != 2) {
                model.merge(chosen); // says to choose two
                return;
            }
            // Field by field: the user picks which answer to keep where the two records differ.
            MergeDialog dialog = new MergeDialog(model, chosen.get(0), chosen.get(1));
            dialog.initOwner(getScene().getWindow());
            dialog.showAndWait().ifPresent(kept -> model.merge(chosen.get(0), chosen.get(1), kept));
        });
        Label count = new Label();
        count.setId("participantCount");
        count.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> context.text("participants.count", model.people().size()), model.people()));
        Label hidden = new Label();
        hidden.setId("participantHidden");
        hidden.getStyleClass().add("hint");
        hidden.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> context.text("participants.hidden", model.hidden().get()), model.hidden()));
        hidden.visibleProperty().bind(model.hidden().greaterThan(0));
        Button showAll = new Button(context.text("participants.filter.clear"));
        showAll.setId("clearFiltersBar");
        showAll.getStyleClass().add("flat");
        showAll.setOnAction(e -> model.clearFilters());
        showAll.visibleProperty().bind(hidden.visibleProperty());
        HBox buttons = new HBox(8, add, edit, delete, merge, count, hidden, showAll);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        // What was done last (an import, an edit, a merge) on a line of its own, whole.
        Label status = new Label();
        status.setId("participantStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        VBox box = new VBox(6, buttons, status);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private void edit(StoredPerson person) {
        personDialog(person).showAndWait().ifPresent(edited -> model.save(person, edited));
    }

    /** Owned by the window, so that it has the window's font and look (and stays in front of it). */
    private PersonDialog personDialog(StoredPerson person) {
        PersonDialog dialog = new PersonDialog(model, person);
        dialog.initOwner(getScene().getWindow());
        return dialog;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                model.open(files.getFirst().toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }
}
