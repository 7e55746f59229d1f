package jp.tsunagu.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The fields of an {@link EventForm}, with problems shown beside them. */
public final class EventFormView extends GridPane {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final TextField name = new TextField();

    /**
     * @param inOneRow name, date and venue side by side (the 準備 page, to leave the tables room on a
     *     laptop screen), else one under another (the new-event dialog)
     */
    public EventFormView(UiContext context, EventForm form, String idPrefix, boolean inOneRow) {
        getStyleClass().add("form");
        setHgap(12);
        setVgap(10);
        name.setId(idPrefix + "Name");
        name.setPromptText(context.text("event.field.name.prompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField date = new TextField();
        date.setId(idPrefix + "Date");
        date.setPromptText(context.text("event.field.date.prompt"));
        date.setPrefColumnCount(12);
        date.textProperty().bindBidirectional(form.dateTextProperty());
        Label understood = new Label();
        understood.setId(idPrefix + "DateUnderstood");
        understood.getStyleClass().add("field-understood");
        understood.textProperty().bind(form.dateUnderstood());
        understood.setWrapText(true);
        understood.setPrefWidth(1);
        understood.setMaxWidth(Double.MAX_VALUE);
        understood.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        understood.visibleProperty().bind(form.dateUnderstood().isNotEmpty());
        understood.managedProperty().bind(understood.visibleProperty());
        TextField venue = new TextField();
        venue.setId(idPrefix + "Venue");
        venue.setPromptText(context.text("event.field.venue.prompt"));
        venue.textProperty().bindBidirectional(form.venueProperty());
        Node nameBox = withProblem(name, form.nameProblem());
        Node dateBox = withProblem(date, form.dateProblem(), understood);
        Label nameLabel = Labels.field(context.text("event.field.name"));
        Label dateLabel = Labels.field(context.text("event.field.date"));
        Label venueLabel = Labels.field(context.text("event.field.venue"));
        if (inOneRow) {
            addRow(0, nameLabel, nameBox, dateLabel, dateBox, venueLabel, venue);
            name.setPrefColumnCount(18);
            venue.setPrefColumnCount(18);
            setHgrow(venue, Priority.ALWAYS);
            date.setPrefColumnCount(14);
            GridPane.setValignment(nameBox, javafx.geometry.VPos.TOP);
            GridPane.setValignment(dateBox, javafx.geometry.VPos.TOP);
            GridPane.setValignment(venue, javafx.geometry.VPos.TOP);
        } else {
            addRow(0, nameLabel, nameBox);
            addRow(1, dateLabel, dateBox);
            addRow(2, venueLabel, venue);
            name.setPrefColumnCount(28);
            setHgrow(venue, Priority.ALWAYS);
        }
        for (Node label : new Node[] {nameLabel, dateLabel, venueLabel}) {
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            GridPane.setMargin(label, new javafx.geometry.Insets(6, 0, 0, 0));
        }
        setHgrow(nameBox, Priority.ALWAYS);
    }

    public TextField nameField() {
        return name;
    }

    /**
     * The field with its problem written under it in the user's words (not only a mark to hover),
     * and the field outlined red while there is one; {@code notes} (what was understood) go under it too.
     */
    public static VBox withProblem(Control control, ObservableValue<String> problem, Node... notes) {
        Label said = new Label();
        said.getStyleClass().add("field-problem");
        said.setWrapText(true);
        said.setMaxWidth(Double.MAX_VALUE);
        // As wide as the field, never wider: a long message wraps under it instead of widening the form.
        said.setPrefWidth(1);
        said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (control.getId() != null) {
            said.setId(control.getId() + "Problem");
        }
        said.textProperty().bind(Bindings.createStringBinding(() -> problem.getValue(), problem));
        said.visibleProperty().bind(Bindings.createBooleanBinding(() -> problem.getValue() != null, problem));
        said.managedProperty().bind(said.visibleProperty());
        control.pseudoClassStateChanged(DANGER, problem.getValue() != null);
        problem.addListener((o, old, now) -> control.pseudoClassStateChanged(DANGER, now != null));
        VBox box = new VBox(2, control);
        box.getChildren().addAll(notes);
        box.getChildren().add(said);
        box.setFillWidth(true);
        return box;
    }
}
