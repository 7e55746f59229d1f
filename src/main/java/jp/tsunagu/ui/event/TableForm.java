package jp.tsunagu.ui.event;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tsunagu.event.EventRules;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.StaffDetails;
import jp.tsunagu.event.TableEdit;
import jp.tsunagu.event.TableStaff;
import jp.tsunagu.i18n.Messages;

/** One table as the preparation screen edits it: every field as typed, and what is wrong with it. */
public final class TableForm {
    final StringProperty themeName = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("");
    final StringProperty advisorName = new SimpleStringProperty("");
    final StringProperty advisorOrganisation = new SimpleStringProperty("");
    final StringProperty advisorEmail = new SimpleStringProperty("");
    final StringProperty facilitatorName = new SimpleStringProperty("");
    final StringProperty facilitatorOrganisation = new SimpleStringProperty("");
    final StringProperty facilitatorEmail = new SimpleStringProperty("");

    final StringBinding themeNameProblem;
    final StringBinding capacityProblem;
    final StringBinding advisorProblem;
    final StringBinding facilitatorProblem;
    final StringBinding advisorEmailProblem;
    final StringBinding facilitatorEmailProblem;
    final BooleanBinding valid;

    private int tableNumber;

    TableForm(Messages messages) {
        themeNameProblem = problem(messages, () -> EventRules.themeNameProblem(themeName.get()), themeName);
        capacityProblem = Bindings.createStringBinding(
                () -> capacityProblem(capacity.get())
                        .map(key -> messages.get(key, EventRules.MAX_CAPACITY))
                        .orElse(null),
                capacity);
        advisorProblem = hostProblem(messages, advisorName, advisorOrganisation, advisorEmail);
        facilitatorProblem = hostProblem(messages, facilitatorName, facilitatorOrganisation, facilitatorEmail);
        advisorEmailProblem = emailProblem(messages, advisorEmail);
        facilitatorEmailProblem = emailProblem(messages, facilitatorEmail);
        valid = themeNameProblem
                .isNull()
                .and(capacityProblem.isNull())
                .and(advisorProblem.isNull())
                .and(facilitatorProblem.isNull())
                .and(advisorEmailProblem.isNull())
                .and(facilitatorEmailProblem.isNull());
    }

    void fill(EventTable table) {
        tableNumber = table.number();
        themeName.set(table.theme().name());
        capacity.set(table.capacity() == null ? "" : table.capacity().toString());
        fillHost(table.advisor(), advisorName, advisorOrganisation, advisorEmail);
        fillHost(table.facilitator(), facilitatorName, facilitatorOrganisation, facilitatorEmail);
    }

    /** The edit to save; call only when {@link #valid} holds. */
    TableEdit edit() {
        return new TableEdit(
                tableNumber,
                themeName.get(),
                parseCapacity(capacity.get()),
                host(advisorName, advisorOrganisation, advisorEmail),
                host(facilitatorName, facilitatorOrganisation, facilitatorEmail));
    }

    int tableNumber() {
        return tableNumber;
    }

    private static void fillHost(
            Optional<TableStaff> staff, StringProperty name, StringProperty organisation, StringProperty email) {
        name.set(staff.map(TableStaff::name).orElse(""));
        organisation.set(staff.map(TableStaff::organisation).orElse(""));
        email.set(staff.map(TableStaff::email).orElse(""));
    }

    private static Optional<StaffDetails> host(StringProperty name, StringProperty organisation, StringProperty email) {
        StaffDetails details = new StaffDetails(name.get(), organisation.get(), email.get());
        boolean nobody = details.name().isEmpty()
                && details.organisation().isEmpty()
                && details.email().isEmpty();
        return nobody ? Optional.empty() : Optional.of(details);
    }

    /** Empty means automatic; otherwise a whole number of seats, full-width digits welcome. */
    static Integer parseCapacity(String text) {
        String value = jp.tsunagu.text.Nfkc.stripped(text);
        return value.isEmpty() ? null : Integer.valueOf(value);
    }

    private static Optional<String> capacityProblem(String text) {
        try {
            return EventRules.capacityProblem(parseCapacity(text));
        } catch (NumberFormatException e) {
            return Optional.of("event.error.capacity");
        }
    }

    private static StringBinding problem(
            Messages messages, java.util.function.Supplier<Optional<String>> check, StringProperty field) {
        return Bindings.createStringBinding(() -> check.get().map(messages::get).orElse(null), field);
    }

    // A host with an organisation or email but no name is a half-typed host: ask for the name.
    private static StringBinding hostProblem(
            Messages messages, StringProperty name, StringProperty organisation, StringProperty email) {
        return Bindings.createStringBinding(
                () -> host(name, organisation, email)
                        .flatMap(h -> EventRules.staffNameProblem(h.name()))
                        .map(messages::get)
                        .orElse(null),
                name,
                organisation,
                email);
    }

    private static StringBinding emailProblem(Messages messages, StringProperty email) {
        return Bindings.createStringBinding(
                () -> EventRules.emailProblem(email.get())
                        .map(key -> messages.get(key, email.get()))
                        .orElse(null),
                email);
    }
}
