package jp.tsunagu.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventRules;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.i18n.UserError;

/**
 * The event's name (名称), date (開催日) and venue (会場) as typed, with what is wrong with them.
 * The date is typed as people write it (2026/12/6, 令和8年12月6日, 12/6); the form says which day it
 * understood, or why it understood none, and never drops what was typed.
 */
public final class EventForm {
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringBinding nameProblem;
    private final StringBinding dateProblem;
    private final StringBinding dateUnderstood;
    private final BooleanBinding valid;

    public EventForm(Messages messages) {
        this(messages, LocalDate::now);
    }

    EventForm(Messages messages, Supplier<LocalDate> today) {
        this.messages = messages;
        this.today = today;
        // A new event's empty name is not said to be wrong before the user typed (OK is off all the same).
        javafx.beans.property.BooleanProperty touched = new javafx.beans.property.SimpleBooleanProperty(false);
        name.addListener((o, old, now) -> touched.set(true));
        BooleanBinding nameWrong = Bindings.createBooleanBinding(
                () -> EventRules.nameProblem(name.get()).isPresent(), name);
        nameProblem = Bindings.createStringBinding(
                () -> touched.get()
                        ? EventRules.nameProblem(name.get()).map(messages::get).orElse(null)
                        : null,
                name,
                touched);
        dateProblem = Bindings.createStringBinding(
                () -> {
                    try {
                        parsedDate();
                        return null;
                    } catch (UserError e) {
                        return e.describe(messages);
                    }
                },
                dateText);
        dateUnderstood = Bindings.createStringBinding(
                () -> {
                    try {
                        return Optional.ofNullable(parsedDate())
                                .map(d -> messages.get("event.field.date.understood", say(d)))
                                .orElse("");
                    } catch (UserError e) {
                        return "";
                    }
                },
                dateText);
        valid = nameWrong.not().and(dateProblem.isNull());
    }

    private LocalDate parsedDate() {
        return EventRules.parseDate(dateText.get(), today.get());
    }

    /** A date in the window's language, with its weekday: 2026年12月6日（日）, Sunday 6 December 2026. */
    String say(LocalDate date) {
        return DateTimeFormatter.ofPattern(messages.get("event.field.date.format"), messages.locale())
                .format(date);
    }

    public void fill(Event event) {
        name.set(event.name());
        dateText.set(event.date() == null ? "" : event.date().format(DateTimeFormatter.ofPattern("uuuu/MM/dd")));
        venue.set(event.venue());
    }

    /** The details to save; call only when {@link #valid()} holds. */
    public EventDetails details() {
        return new EventDetails(name.get(), parsedDate(), venue.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The date as typed. */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    /** The problem with the name in the user's words, or null. */
    public StringBinding nameProblem() {
        return nameProblem;
    }

    /** The problem with the date as typed, or null. */
    public StringBinding dateProblem() {
        return dateProblem;
    }

    /** Which day the typed date was read as ("2026年12月6日（日）と読みました"), or empty. */
    public StringBinding dateUnderstood() {
        return dateUnderstood;
    }

    public BooleanBinding valid() {
        return valid;
    }
}
