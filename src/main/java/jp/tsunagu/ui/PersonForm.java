package jp.tsunagu.ui;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.TextNormaliser;

/**
 * What the person dialog (and the walk-in form) checks while it is typed, by the rules the service saves by (a name,
 * an email address of the right form that nobody else in the event uses), so the problem is
 * written under its field and 保存 stays off until it is put right, instead of an error after.
 */
public final class PersonForm {
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    /** The event's other people's addresses (as stored) and whose they are; read off the FX thread. */
    public final ObjectProperty<Map<String, String>> emailsInUse = new SimpleObjectProperty<>(Map.of());

    public final StringBinding nameProblem;
    private final javafx.beans.property.BooleanProperty nameTouched =
            new javafx.beans.property.SimpleBooleanProperty(false);
    public final StringBinding emailProblem;
    public final BooleanBinding valid;

    public PersonForm(Messages messages) {
        // A form opened empty does not greet the user with "enter a name": said once they typed
        // in the field (or emptied a name). 保存 stays off meanwhile all the same.
        BooleanBinding nameMissing = Bindings.createBooleanBinding(
                () -> TextNormaliser.name(name.get()).isEmpty(), name);
        name.addListener((o, old, now) -> nameTouched.set(true));
        nameProblem = Bindings.createStringBinding(
                () -> nameMissing.get() && nameTouched.get() ? messages.get("registrant.person.noName") : null,
                nameMissing,
                nameTouched);
        emailProblem = Bindings.createStringBinding(
                () -> {
                    String typed = TextNormaliser.email(email.get());
                    if (typed.isEmpty()) {
                        return null;
                    }
                    if (!TextNormaliser.emailLooksValid(typed)) {
                        return messages.get("registrant.person.badEmail", typed);
                    }
                    String owner = emailsInUse.get().get(typed);
                    return owner == null ? null : messages.get("registrant.person.emailTaken", typed, owner);
                },
                email,
                emailsInUse);
        valid = nameMissing.not().and(emailProblem.isNull());
    }

    /** The form emptied after a save: a blank name is not a problem again until typed in. */
    public void untouched() {
        nameTouched.set(false);
    }
}
