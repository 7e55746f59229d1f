package jp.tsunagu.ui.seating;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.tsunagu.seating.SeatedPerson;
import jp.tsunagu.ui.Icons;
import org.kordamp.ikonli.feather.Feather;

/** One participant on the board: name, reading, organisation, industry, YEG mark, choice and lock. */
final class SeatingCard extends VBox {
    private final long personId;

    SeatingCard(SeatingBoardViewModel model, SeatedPerson person) {
        this.personId = person.id();
        setId("card-" + person.id());
        getStyleClass().add("seat-card");
        setFocusTraversable(true);
        setMinHeight(Region.USE_PREF_SIZE);
        Label name = new Label(person.name());
        name.getStyleClass().add("seat-card-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        // Name and badges on one line when they fit; the badges go to the next line when not, whole.
        FlowPane top = new FlowPane(6, 2, name);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPrefWrapLength(170);
        if (person.yeg()) {
            Label yeg = new Label(model.texts().yegMark());
            yeg.getStyleClass().add("seat-card-yeg");
            yeg.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(yeg);
        }
        String choice = model.texts().choiceText(person);
        if (!choice.isEmpty()) {
            Label rank = new Label(choice);
            rank.setMinWidth(Region.USE_PREF_SIZE);
            rank.getStyleClass()
                    .addAll("seat-card-choice", "choice-" + model.texts().choiceRank(person));
            top.getChildren().add(rank);
        }
        if (person.locked()) {
            Label lock = new Label(null, Icons.of(Feather.LOCK));
            lock.setId("lock-" + person.id());
            lock.getStyleClass().add("seat-card-lock");
            top.getChildren().add(lock);
        }
        Label reading = new Label(person.reading());
        reading.getStyleClass().add("seat-card-reading");
        Label organisation = new Label(join(person.organisation(), person.industry()));
        organisation.getStyleClass().add("seat-card-detail");
        // A long organisation and industry wrap onto a second line rather than end in "…".
        organisation.setWrapText(true);
        reading.setWrapText(true);
        getChildren().addAll(reading, top, organisation);
        String reason = model.texts().reasonText(person);
        if (!reason.isEmpty()) {
            Label why = new Label(reason);
            why.setWrapText(true);
            why.getStyleClass().add("seat-card-reason");
            getChildren().add(why);
            Tooltip.install(this, new Tooltip(reason));
        }
        if (model.matches(person)) {
            getStyleClass().add("search-match");
        }
    }

    long personId() {
        return personId;
    }

    private static String join(String organisation, String industry) {
        if (organisation.isBlank()) {
            return industry;
        }
        return industry.isBlank() ? organisation : organisation + "・" + industry;
    }
}
