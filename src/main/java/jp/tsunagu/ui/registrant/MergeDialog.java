package jp.tsunagu.ui.registrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.ui.DialogButtons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;

/**
 * Merging two records of one person, field by field: for every field where they differ, the user
 * picks which answer to keep; the app's own pick (the one {@link Registrants#merged} would store) is
 * chosen first. Fields the records agree on, and answers only one of them gave, need no choice.
 */
final class MergeDialog extends Dialog<Registrant> {
    private final UiContext context;
    private final List<Choice> choices = new ArrayList<>();
    private final GridPane grid = new GridPane();

    /** One field the two records differ on: how to read it, and how to put the chosen answer. */
    private record Field(
            String key,
            Function<Registrant, String> shown,
            BiFunction<Registrant.Builder, Registrant, Registrant.Builder> take) {}

    private record Choice(Field field, ToggleGroup group, Registrant first, Registrant second) {}

    MergeDialog(ParticipantsViewModel model, StoredPerson keep, StoredPerson drop) {
        this.context = model.context();
        Registrant a = keep.registrant();
        Registrant b = drop.registrant();
        Registrant proposed = Registrants.merged(a, b);
        setTitle(context.text("participants.merge"));
        setHeaderText(context.text("participants.merge.header", a.name(), b.name()));
        ButtonType merge = new ButtonType(context.text("participants.merge.do"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(merge, ButtonType.CANCEL);
        getDialogPane().lookupButton(merge).setId("mergeConfirm");
        DialogButtons.speak(getDialogPane(), context.messages());
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints answer = new ColumnConstraints(160, 260, 360);
        answer.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, answer, answer);
        List<Field> fields = List.of(
                new Field("registrant.field.name", Registrant::name, (x, r) -> x.name(r.name())),
                new Field("registrant.field.reading", Registrant::reading, (x, r) -> x.reading(r.reading())
                        .readingGuessed(r.readingGuessed())),
                new Field("registrant.field.organisation", Registrant::organisation, (x, r) -> x.organisation(
                                r.organisation())
                        .orgKey(r.orgKey())),
                new Field("registrant.field.title", Registrant::title, (x, r) -> x.title(r.title())),
                new Field("registrant.field.industry", Registrant::industry, (x, r) -> x.industry(r.industry())),
                new Field("registrant.field.category", Registrant::category, (x, r) -> x.category(r.category())),
                new Field("registrant.field.email", Registrant::email, (x, r) -> x.email(r.email())),
                new Field("registrant.field.phone", Registrant::phone, (x, r) -> x.phone(r.phone())),
                new Field(
                        "participants.merge.choices",
                        r -> String.join(
                                " / ",
                                java.util.stream.Stream.of(r.choice1(), r.choice2(), r.choice3())
                                        .filter(Objects::nonNull)
                                        .map(model::themeName)
                                        .toList()),
                        (x, r) -> x.choices(r.choice1(), r.choice2(), r.choice3())),
                new Field(
                        "registrant.field.consent",
                        r -> context.text(r.consent() ? "participants.merge.yes" : "participants.merge.no"),
                        (x, r) -> x.consent(r.consent())));
        grid.addRow(
                0,
                new Label(),
                Labels.subheading(context.text("participants.merge.first")),
                Labels.subheading(context.text("participants.merge.second")));
        int row = 1;
        for (Field field : fields) {
            String first = field.shown().apply(a);
            String second = field.shown().apply(b);
            if (first.equals(second)
                    || (!field.key().equals("registrant.field.consent") && (first.isEmpty() || second.isEmpty()))) {
                continue;
            }
            ToggleGroup group = new ToggleGroup();
            RadioButton one = answer(first, group, "merge-" + row + "-first");
            RadioButton two = answer(second, group, "merge-" + row + "-second");
            boolean proposedSecond = field.shown().apply(proposed).equals(second);
            (proposedSecond ? two : one).setSelected(true);
            grid.addRow(row++, Labels.field(context.text(field.key())), one, two);
            choices.add(new Choice(field, group, a, b));
        }
        Label none = new Label(context.text("participants.merge.nothingToChoose"));
        none.setWrapText(true);
        Label note = new Label(context.text("participants.merge.note", b.name()));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        VBox content = new VBox(12, choices.isEmpty() ? none : grid, note);
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        setResultConverter(button -> {
            if (button != merge) {
                return null;
            }
            Registrant.Builder result = proposed.toBuilder();
            for (Choice c : choices) {
                boolean second =
                        ((RadioButton) c.group().getSelectedToggle()).getId().endsWith("second");
                c.field().take().apply(result, second ? c.second() : c.first());
            }
            return result.build();
        });
    }

    private static RadioButton answer(String text, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
