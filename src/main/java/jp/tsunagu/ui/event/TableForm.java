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
    final StringProperty advisorReading = new SimpleStringProperty("");
    final StringProperty advisorTitle = new SimpleStringProperty("");
    final StringProperty facilitatorName = new SimpleStringProperty("");
    final StringProperty facilitatorOrganisation = new SimpleStringProperty("");
    final StringProperty facilitatorEmail = new SimpleStringProperty("");
    final StringProperty facilitatorReading = new SimpleStringProperty("");
    final StringProperty facilitatorTitle = new SimpleStringProperty("");

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
        advisorProblem = hostProblem(messages, advisorFields());
        facilitatorProblem = hostProblem(messages, facilitatorFields());
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
        fillHost(table.advisor(), advisorFields());
        fillHost(table.facilitator(), facilitatorFields());
    }

    /** The edit to save; call only when {@link #valid} holds. */
    TableEdit edit() {
        return new TableEdit(
                tableNumber,
                themeName.get(),
                parseCapacity(capacity.get()),
                host(advisorFields()),
                host(facilitatorFields()));
    }

    int tableNumber() {
        return tableNumber;
    }

    /** The fields of one host, in the order of {@link StaffDetails}. */
    private record HostFields(
            StringProperty name,
            StringProperty organisation,
            StringProperty email,
            StringProperty reading,
            StringProperty title) {
        StringProperty[] all() {
            return new StringProperty[] {name, organisation, email, reading, title};
        }
    }

    private HostFields advisorFields() {
        return new HostFields(advisorName, advisorOrganisation, advisorEmail, advisorReading, advisorTitle);
    }

    private HostFields facilitatorFields() {
        return new HostFields(
                facilitatorName, facilitatorOrganisation, facilitatorEmail, facilitatorReading, facilitatorTitle);
    }

    private static void fillHost(Optional<TableStaff> staff, HostFields fields) {
        fields.name().set(staff.map(TableStaff::name).orElse(""));
        fields.organisation().set(staff.map(TableStaff::organisation).orElse(""));
        fields.email().set(staff.map(TableStaff::email).orElse(""));
        fields.reading().set(staff.map(TableStaff::reading).orElse(""));
        fields.title().set(staff.map(TableStaff::title).orElse(""));
    }

    private static Optional<StaffDetails> host(HostFields fields) {
        StaffDetails details = new StaffDetails(
                fields.name().get(),
                fields.organisation().get(),
                fields.email().get(),
                fields.reading().get(),
                fields.title().get());
        boolean nobody = details.name().isEmpty()
                && details.organisation().isEmpty()
                && details.email().isEmpty()
                && details.reading().isEmpty()
                && details.title().isEmpty();
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
    private static StringBinding hostProblem(Messages messages, HostFields fields) {
        return Bindings.createStringBinding(
                () -> host(fields)
                        .flatMap(h -> EventRules.staffNameProblem(h.name()))
                        .map(messages::get)
                        .orElse(null),
                fields.all());
    }

    private static StringBinding emailProblem(Messages messages, StringProperty email) {
        return Bindings.createStringBinding(
                () -> EventRules.emailProblem(email.get())
                        .map(key -> messages.get(key, email.get()))
                        .orElse(null),
                email);
    }
}
