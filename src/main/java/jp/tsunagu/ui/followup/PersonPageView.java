package jp.tsunagu.ui.followup;

import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import jp.tsunagu.followup.PersonPage;
import jp.tsunagu.followup.ReportPerson;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/** A person's page: every event they were registered for, whom they sat with, and their connections. */
final class PersonPageView extends VBox {
    PersonPageView(
            UiContext context, PersonPage page, Function<PersonPage.Connection, String> connectionLine, Runnable back) {
        super(8);
        setId("personPage");
        Button close = new Button(context.text("followup.ui.back"), Icons.of(Feather.ARROW_LEFT));
        close.setId("closePerson");
        close.setOnAction(e -> back.run());
        ReportPerson p = page.person();
        Label name = Labels.heading(
                p.organisation().isBlank()
                        ? p.name()
                        : context.text("followup.report.nameWithOrganisation", p.name(), p.organisation()));
        name.setWrapText(true);
        getChildren().addAll(close, name, Labels.subheading(context.text("followup.ui.events")));
        for (PersonPage.Visit v : page.visits()) {
            String date = v.event().date() == null ? "" : v.event().date().toString();
            String came = context.text(v.registration().attended() ? "followup.ui.came" : "followup.ui.didNotCome");
            String table = v.registration().table() == null
                    ? context.text("followup.ui.noTable")
                    : context.text("followup.chart.table", v.registration().table());
            Label event = new Label(context.text("followup.ui.visit", v.event().name(), date, table, came));
            event.setWrapText(true);
            event.getStyleClass().add("visit");
            String mates = v.tablemates().stream().map(ReportPerson::name).collect(Collectors.joining("、"));
            Label with = new Label(mates.isEmpty() ? "" : context.text("followup.ui.satWith", mates));
            with.setWrapText(true);
            getChildren().addAll(event, with);
        }
        getChildren().add(Labels.subheading(context.text("followup.ui.connections")));
        if (page.connections().isEmpty()) {
            getChildren().add(new Label(context.text("followup.ui.noConnections")));
        }
        for (PersonPage.Connection c : page.connections()) {
            Label line = new Label(connectionLine.apply(c));
            line.setWrapText(true);
            line.getStyleClass().add("connection");
            getChildren().add(line);
        }
    }
}
