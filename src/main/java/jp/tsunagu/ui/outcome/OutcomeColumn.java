package jp.tsunagu.ui.outcome;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.TableMember;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/**
 * One of the worksheet's three lists: the lines, and below them the entry for a new line (or the
 * line being edited). Typed fast from the keyboard: Enter adds, Escape leaves an edit, and in the
 * list Enter or F2 edits, Delete deletes, Alt+↑/↓ moves.
 */
final class OutcomeColumn extends VBox {
    private final RecordViewModel model;
    private final UiContext context;
    private final OutcomeKind kind;
    private final ListView<Outcome> list = new ListView<>();
    private final TextField text = new TextField();
    private final FlowPane people = new FlowPane(8, 4);
    private final ComboBox<TableMember> owner = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Button add = new Button();
    private final Button cancel = new Button();
    private Outcome editing;

    OutcomeColumn(RecordViewModel model, OutcomeKind kind) {
        this.model = model;
        this.context = model.context();
        this.kind = kind;
        String name = kind.code();
        setId(name + "Column");
        setSpacing(6);
        setPadding(new Insets(4));
        setMinWidth(0);
        list.setId(name + "List");
        list.setItems(model.list(kind));
        list.setCellFactory(v -> new OutcomeCell());
        list.setPlaceholder(new Label(context.text("outcome.ui.empty")));
        list.setMinHeight(120);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::listKeys);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                startEdit(list.getSelectionModel().getSelectedItem());
            }
        });
        text.setId(name + "Text");
        text.setPromptText(context.text("outcome.ui.prompt." + name));
        text.setOnAction(e -> submit());
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && editing != null) {
                clear();
                e.consume();
            }
        });
        add.setId("add" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
        add.setDefaultButton(false);
        add.setOnAction(e -> submit());
        cancel.setText(context.text("outcome.ui.cancelEdit"));
        cancel.setId(name + "CancelEdit");
        cancel.setOnAction(e -> clear());
        getChildren().addAll(Labels.heading(context.text("outcome.kind." + name)), list, listButtons());
        getChildren().add(text);
        if (kind == OutcomeKind.SEED) {
            people.setId("seedPeople");
            Label hint = Labels.field(context.text("outcome.ui.seedPeople"));
            getChildren().addAll(hint, people);
            model.members().addListener((ListChangeListener<TableMember>) c -> fillPeople());
        } else if (kind == OutcomeKind.STEP) {
            owner.setId("stepOwner");
            owner.setPromptText(context.text("outcome.ui.owner"));
            owner.setItems(model.members());
            owner.setConverter(new MemberNames());
            // The prompt stays readable after a line is added (a cleared ComboBox may not show it again).
            owner.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(TableMember item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? context.text("outcome.ui.owner") : item.name());
                }
            });
            owner.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(owner, Priority.ALWAYS);
            due.setId("stepDue");
            due.setPromptText(context.text("outcome.ui.due"));
            due.setPrefWidth(170);
            due.setMinWidth(150);
            Button noOwner = new Button(null, Icons.of(Feather.X));
            noOwner.setTooltip(new Tooltip(context.text("outcome.ui.noOwner")));
            noOwner.setOnAction(e -> {
                owner.setValue(null);
                due.setValue(null);
            });
            // The owner on a line of its own: a long name is never cut short.
            getChildren().addAll(owner, new HBox(6, due, noOwner));
        }
        HBox actions = new HBox(6, add, cancel);
        getChildren().add(actions);
        clear();
    }

    private HBox listButtons() {
        Button up = new Button(null, Icons.of(Feather.ARROW_UP));
        up.setId(kind.code() + "Up");
        up.setTooltip(new Tooltip(context.text("outcome.ui.up")));
        up.setOnAction(e -> move(-1));
        Button down = new Button(null, Icons.of(Feather.ARROW_DOWN));
        down.setId(kind.code() + "Down");
        down.setTooltip(new Tooltip(context.text("outcome.ui.down")));
        down.setOnAction(e -> move(1));
        Button edit = new Button(context.text("outcome.ui.edit"), Icons.of(Feather.EDIT_2));
        edit.setId(kind.code() + "Edit");
        edit.setOnAction(e -> {
            Outcome selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                startEdit(selected);
            }
        });
        Button delete = new Button(context.text("outcome.ui.delete"), Icons.of(Feather.TRASH_2));
        delete.setId(kind.code() + "Delete");
        delete.setOnAction(e -> delete());
        for (Button b : List.of(up, down, edit, delete)) {
            b.disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(6, up, down, gap, edit, delete);
    }

    private void listKeys(KeyEvent e) {
        Outcome selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            move(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            delete();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            startEdit(selected);
            e.consume();
        }
    }

    private void move(int by) {
        Outcome selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.move(selected, by);
            list.getItems().stream()
                    .filter(o -> o.id() == selected.id())
                    .findFirst()
                    .ifPresent(o -> list.getSelectionModel().select(o));
        }
    }

    private void delete() {
        Outcome selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            if (editing != null && editing.id() == selected.id()) {
                clear();
            }
            model.delete(selected);
        }
    }

    private void startEdit(Outcome outcome) {
        editing = outcome;
        text.setText(outcome.text());
        if (kind == OutcomeKind.SEED) {
            fillPeople();
        } else if (kind == OutcomeKind.STEP) {
            owner.setValue(model.members().stream()
                    .filter(m -> outcome.ownerId() != null && m.id() == outcome.ownerId())
                    .findFirst()
                    .orElse(null));
            due.setValue(outcome.due());
        }
        add.setText(context.text("outcome.ui.save"));
        add.setGraphic(Icons.of(Feather.CHECK));
        cancel.setVisible(true);
        cancel.setManaged(true);
        text.requestFocus();
        text.selectAll();
    }

    private void submit() {
        OutcomeDraft draft = draft();
        // Stored off the FX thread: the form clears once the line is in the store; a refused line stays typed.
        Runnable stored = () -> {
            clear();
            text.requestFocus();
        };
        if (editing == null) {
            model.add(draft, stored);
        } else {
            model.edit(editing, draft, stored);
        }
    }

    private OutcomeDraft draft() {
        return switch (kind) {
            case INTEREST -> OutcomeDraft.interest(text.getText());
            case SEED -> OutcomeDraft.seed(text.getText(), chosenPeople());
            case STEP ->
                OutcomeDraft.step(
                        text.getText(),
                        owner.getValue() == null ? null : owner.getValue().id(),
                        due.getValue());
        };
    }

    private List<Long> chosenPeople() {
        List<Long> chosen = new ArrayList<>();
        for (var node : people.getChildren()) {
            if (node instanceof CheckBox box && box.isSelected()) {
                chosen.add((Long) box.getUserData());
            }
        }
        return chosen;
    }

    /** One check box per member of the table; when editing, the seed's people are ticked. */
    private void fillPeople() {
        List<Long> ticked = editing == null ? List.of() : editing.people();
        people.getChildren().clear();
        for (TableMember m : model.members()) {
            CheckBox box = new CheckBox(m.name());
            box.setId("seedPerson-" + m.id());
            box.setUserData(m.id());
            box.setSelected(ticked.contains(m.id()));
            people.getChildren().add(box);
        }
        if (model.members().isEmpty()) {
            people.getChildren().add(new Label(context.text("outcome.ui.noMembers")));
        }
    }

    private void clear() {
        editing = null;
        text.clear();
        owner.setValue(null);
        due.setValue(null);
        if (kind == OutcomeKind.SEED) {
            fillPeople();
        }
        add.setText(context.text("outcome.ui.add"));
        add.setGraphic(Icons.of(Feather.PLUS));
        cancel.setVisible(false);
        cancel.setManaged(false);
    }

    /** How a line reads in its list: the text, then the seed's people or the step's owner and date. */
    String describe(Outcome o) {
        return switch (o.kind()) {
            case INTEREST -> o.text();
            case SEED ->
                context.text(
                        "outcome.ui.seedLine",
                        o.text(),
                        String.join("、", o.people().stream().map(model::name).toList()),
                        context.text("followup.status." + o.status().code()));
            case STEP -> {
                List<String> parts = new ArrayList<>();
                if (o.ownerId() != null) {
                    parts.add(context.text("followup.report.stepOwner", model.name(o.ownerId())));
                }
                if (o.due() != null) {
                    parts.add(context.text("followup.report.stepDue", o.due().toString()));
                }
                yield parts.isEmpty()
                        ? o.text()
                        : context.text("followup.report.stepLine", o.text(), String.join("、", parts));
            }
        };
    }

    private final class OutcomeCell extends ListCell<Outcome> {
        OutcomeCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Outcome item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : describe(item));
        }
    }

    private static final class MemberNames extends StringConverter<TableMember> {
        @Override
        public String toString(TableMember m) {
            return m == null ? "" : m.name();
        }

        @Override
        public TableMember fromString(String s) {
            return null;
        }
    }
}
