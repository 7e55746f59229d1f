package jp.tsunagu.ui.registrant;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import jp.tsunagu.event.Theme;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.ui.PersonForm;
import jp.tsunagu.ui.UiContext;

/**
 * Edits one person (or adds one by hand). Saving confirms the reading: a guessed reading a person
 * has looked at is no longer a guess.
 */
final class PersonDialog extends Dialog<Registrant> {
    private final ParticipantsViewModel model;
    private final UiContext context;
    private final GridPane grid = new GridPane();
    private int line;

    PersonDialog(ParticipantsViewModel model, StoredPerson person) {
        this.model = model;
        this.context = model.context();
        Registrant r = person == null ? Registrant.byHand("", "", "", "") : person.registrant();
        setTitle(context.text(person == null ? "participants.add" : "participants.edit"));
        ButtonType save = new ButtonType(context.text("participants.person.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).setId("personSave");
        jp.tsunagu.ui.DialogButtons.speak(getDialogPane(), context.messages());
        grid.setHgap(8);
        grid.setVgap(6);
        PersonForm form = new PersonForm(context.messages());
        model.emailsInUse(person == null ? 0 : person.id(), form.emailsInUse::set);
        TextField name = field("personName", "registrant.field.name", r.name(), form.name, form.nameProblem);
        TextField reading = field("personReading", "registrant.field.reading", r.reading());
        TextField organisation = field("personOrganisation", "registrant.field.organisation", r.organisation());
        TextField title = field("personTitle", "registrant.field.title", r.title());
        TextField industry = field("personIndustry", "registrant.field.industry", r.industry());
        TextField category = field("personCategory", "registrant.field.category", r.category());
        TextField email = field("personEmail", "registrant.field.email", r.email(), form.email, form.emailProblem);
        TextField phone = field("personPhone", "registrant.field.phone", r.phone());
        ComboBox<Theme> c1 = choice("personChoice1", "registrant.field.choice1", r.choice1());
        ComboBox<Theme> c2 = choice("personChoice2", "registrant.field.choice2", r.choice2());
        ComboBox<Theme> c3 = choice("personChoice3", "registrant.field.choice3", r.choice3());
        CheckBox consent = new CheckBox(context.text("registrant.field.consent"));
        consent.setId("personConsent");
        consent.setSelected(r.consent());
        grid.add(consent, 1, line++);
        TextArea notes = new TextArea(r.notes());
        notes.setId("personNotes");
        notes.setPrefRowCount(3);
        grid.addRow(line++, jp.tsunagu.ui.Labels.field(context.text("registrant.field.notes")), notes);
        getDialogPane().setContent(grid);
        jp.tsunagu.ui.DialogSizes.growWithContent(this);
        // 保存 stays off while a field says what is wrong with it (written under the field).
        getDialogPane().lookupButton(save).disableProperty().bind(form.valid.not());
        setOnShown(e -> name.requestFocus());
        setResultConverter(button -> button == save
                ? r.toBuilder()
                        .name(name.getText())
                        .reading(reading.getText())
                        .readingGuessed(false)
                        .organisation(organisation.getText())
                        .orgKey("")
                        .title(title.getText())
                        .industry(industry.getText())
                        .category(category.getText())
                        .email(email.getText())
                        .phone(phone.getText())
                        .choices(number(c1), number(c2), number(c3))
                        .consent(consent.isSelected())
                        .notes(notes.getText())
                        .flags(new ArrayList<>(r.flags()))
                        .build()
                : null);
    }

    private TextField field(String id, String key, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(28);
        grid.addRow(line++, jp.tsunagu.ui.Labels.field(context.text(key)), f);
        return f;
    }

    /** A field checked as it is typed, its problem written under it. */
    private TextField field(
            String id,
            String key,
            String value,
            javafx.beans.property.StringProperty checked,
            javafx.beans.value.ObservableValue<String> problem) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        f.textProperty().bindBidirectional(checked);
        f.setText(value);
        javafx.scene.control.Label label = jp.tsunagu.ui.Labels.field(context.text(key));
        javafx.scene.layout.GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        javafx.scene.layout.GridPane.setMargin(label, new javafx.geometry.Insets(5, 0, 0, 0));
        grid.addRow(line++, label, jp.tsunagu.ui.EventFormView.withProblem(f, problem));
        return f;
    }

    private ComboBox<Theme> choice(String id, String key, Integer number) {
        ComboBox<Theme> box = new ComboBox<>();
        box.setId(id);
        List<Theme> items = new ArrayList<>();
        items.add(null);
        items.addAll(model.themes());
        box.getItems().setAll(items);
        box.setCellFactory(v -> new ThemeCell());
        box.setButtonCell(new ThemeCell());
        box.setValue(model.themes().stream()
                .filter(t -> number != null && t.number() == number)
                .findFirst()
                .orElse(null));
        grid.addRow(line++, jp.tsunagu.ui.Labels.field(context.text(key)), box);
        return box;
    }

    private static Integer number(ComboBox<Theme> box) {
        return box.getValue() == null ? null : box.getValue().number();
    }

    private final class ThemeCell extends ListCell<Theme> {
        @Override
        protected void updateItem(Theme item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "-" : model.themeName(item.number()));
        }
    }
}
