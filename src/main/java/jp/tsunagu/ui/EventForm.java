package jp.tsunagu.ui;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventRules;
import jp.tsunagu.i18n.Messages;

/** The event's name (名称), date (開催日) and venue (会場) as typed, with what is wrong with them. */
public final class EventForm {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringBinding nameProblem;
    private final BooleanBinding valid;

    public EventForm(Messages messages) {
        nameProblem = Bindings.createStringBinding(
                () -> EventRules.nameProblem(name.get()).map(messages::get).orElse(null), name);
        valid = nameProblem.isNull();
    }

    public void fill(Event event) {
        name.set(event.name());
        date.set(event.date());
        venue.set(event.venue());
    }

    public EventDetails details() {
        return new EventDetails(name.get(), date.get(), venue.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    /** The problem with the name in the user's words, or null. */
    public StringBinding nameProblem() {
        return nameProblem;
    }

    public BooleanBinding valid() {
        return valid;
    }
}
