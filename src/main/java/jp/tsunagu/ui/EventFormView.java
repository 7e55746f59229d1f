package jp.tsunagu.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** The fields of an {@link EventForm}, with problems shown beside them. */
public final class EventFormView extends GridPane {
    private final TextField name = new TextField();

    public EventFormView(UiContext context, EventForm form, String idPrefix) {
        getStyleClass().add("form");
        setHgap(12);
        setVgap(10);
        name.setId(idPrefix + "Name");
        name.setPromptText(context.text("event.field.name.prompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        DatePicker date = new DatePicker();
        date.setId(idPrefix + "Date");
        date.setPromptText("2026-12-05");
        date.valueProperty().bindBidirectional(form.dateProperty());
        TextField venue = new TextField();
        venue.setId(idPrefix + "Venue");
        venue.setPromptText(context.text("event.field.venue.prompt"));
        venue.textProperty().bindBidirectional(form.venueProperty());
        addRow(0, new Label(context.text("event.field.name")), name);
        addRow(1, new Label(context.text("event.field.date")), date);
        addRow(2, new Label(context.text("event.field.venue")), venue);
        setHgrow(name, Priority.ALWAYS);
        setHgrow(venue, Priority.ALWAYS);
        name.setPrefColumnCount(28);
        showProblem(name, form.nameProblem());
    }

    public TextField nameField() {
        return name;
    }

    /** Decorates {@code control} with the view model's problem, the ControlsFX way. */
    public static void showProblem(Control control, ObservableValue<String> problem) {
        ValidationSupport support = new ValidationSupport();
        Validator<Object> validator =
                (c, value) -> ValidationResult.fromErrorIf(c, problem.getValue(), problem.getValue() != null);
        support.registerValidator(control, false, validator);
        problem.addListener((o, old, now) -> support.revalidate());
    }
}
