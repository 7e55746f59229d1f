package jp.tsunagu.ui.mail;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.tsunagu.mail.MailPreset;
import jp.tsunagu.mail.SmtpSecurity;
import jp.tsunagu.mail.SummaryTemplate;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/**
 * The 送信 tab: settings and templates on the left; on the right the preview of the chosen
 * recipient's message above the list of recipients (what each gets, whose address they will see,
 * how their sending stands) and the buttons to test, write drafts and send.
 */
final class MailView extends SplitPane {
    private final UiContext context;
    private final MailViewModel model;

    MailView(UiContext context, MailViewModel model) {
        this.context = context;
        this.model = model;
        getStyleClass().add("page");
        setId("mailView");
        Node left = left();
        Node right = right();
        getItems().setAll(left, right);
        setDividerPositions(0.4);
        SplitPane.setResizableWithParent(left, false);
    }

    // ---- left: settings and templates

    private Node left() {
        TitledPane settings = new TitledPane(context.text("mail.ui.settings"), settings());
        settings.setId("mailSettingsPane");
        settings.setExpanded(!model.settingsCompleteProperty().get());
        model.settingsCompleteProperty().addListener((o, old, complete) -> settings.setExpanded(!complete));
        TitledPane template = new TitledPane(context.text("mail.ui.template"), template());
        template.setId("mailTemplatePane");
        VBox box = new VBox(12, settings, template);
        box.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(380);
        return scroll;
    }

    private Node settings() {
        ComboBox<MailPreset> preset = new ComboBox<>();
        preset.setId("mailPreset");
        preset.getItems().setAll(MailPreset.values());
        // What choosing does, under the box and whole: as the box's hint it was cut in English.
        Label presetHint = new Label(context.text("mail.ui.presetPrompt"));
        presetHint.getStyleClass().add("table-hosts");
        presetHint.setWrapText(true);
        presetHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preset.setConverter(converter(p -> context.text(p.labelKey())));
        preset.valueProperty().bindBidirectional(model.preset);
        preset.setMaxWidth(Double.MAX_VALUE);

        ComboBox<SmtpSecurity> security = new ComboBox<>();
        security.setId("mailSecurity");
        security.getItems().setAll(SmtpSecurity.values());
        security.setConverter(converter(s -> context.text(s.labelKey())));
        security.valueProperty().bindBidirectional(model.security);
        security.setMaxWidth(Double.MAX_VALUE);

        PasswordField password = new PasswordField();
        password.setId("mailPassword");
        password.textProperty().bindBidirectional(model.password);
        CheckBox keep = new CheckBox(context.text("mail.ui.keepPassword"));
        keep.setId("mailKeepPassword");
        keep.setWrapText(true);
        keep.selectedProperty().bindBidirectional(model.keepPassword);
        Label passwordState = new Label();
        passwordState.setWrapText(true);
        passwordState.getStyleClass().add("table-hosts");
        passwordState.textProperty().bind(model.passwordStateProperty());

        Button save = new Button(context.text("mail.ui.saveSettings"), Icons.of(Feather.SAVE));
        save.setId("mailSaveSettings");
        save.setOnAction(e -> model.saveSettings());
        save.disableProperty().bind(model.settingsValid.not());

        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, label("mail.ui.preset"), new VBox(2, preset, presetHint));
        grid.addRow(row++, label("mail.ui.host"), field("mailHost", model.host));
        grid.addRow(row++, label("mail.ui.port"), checked(field("mailPort", model.port), model.portProblem));
        grid.addRow(row++, label("mail.ui.security"), security);
        grid.addRow(row++, label("mail.ui.from"), checked(field("mailFrom", model.fromAddress), model.fromProblem));
        grid.addRow(row++, label("mail.ui.fromName"), field("mailFromName", model.fromName));
        grid.addRow(
                row++, label("mail.ui.replyTo"), checked(field("mailReplyTo", model.replyTo), model.replyToProblem));
        grid.addRow(row++, label("mail.ui.user"), field("mailUser", model.user));
        grid.addRow(row++, label("mail.ui.password"), password);
        grid.add(keep, 1, row++);
        grid.add(passwordState, 1, row++);
        grid.addRow(row++, label("mail.ui.pause"), checked(field("mailPause", model.pauseSeconds), model.pauseProblem));
        grid.add(save, 1, row);
        return grid;
    }

    private Node template() {
        TextField subject = field("mailSubject", model.subject);
        TextArea body = new TextArea();
        body.setId("mailBody");
        body.setWrapText(true);
        body.setPrefRowCount(16);
        body.textProperty().bindBidirectional(model.body);

        Label placeholders = new Label(context.text(
                "mail.ui.placeholders",
                String.join(
                        "  ",
                        SummaryTemplate.PLACEHOLDERS.stream()
                                .map(p -> "{{" + p + "}}")
                                .toList()),
                "{{#…}}",
                "{{/…}}"));
        placeholders.setWrapText(true);
        placeholders.getStyleClass().add("table-hosts");

        Label problem = new Label();
        problem.setId("mailTemplateProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #cf222e;");
        problem.textProperty().bind(model.templateProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        Button save = new Button(context.text("mail.ui.saveTemplate"), Icons.of(Feather.SAVE));
        save.setId("mailSaveTemplate");
        save.disableProperty().bind(model.templateProblemProperty().isNotEmpty());
        save.setOnAction(e -> model.saveTemplate());
        Button reset = new Button(context.text("mail.ui.resetTemplate"), Icons.of(Feather.ROTATE_CCW));
        reset.setId("mailResetTemplate");
        reset.setOnAction(e -> model.resetTemplate());

        VBox box = new VBox(
                8,
                Labels.field(context.text("mail.ui.subject")),
                subject,
                Labels.field(context.text("mail.ui.body")),
                body,
                problem,
                placeholders,
                new FlowPane(8, 8, save, reset));
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }

    // ---- right: preview, recipients, sending

    private Node right() {
        SplitPane split = new SplitPane(preview(), recipients());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private Node preview() {
        Label heading = Labels.heading(context.text("mail.ui.preview"));
        Label to = new Label();
        to.setId("mailPreviewTo");
        to.textProperty().bind(model.previewToProperty());
        Label subject = new Label();
        subject.setId("mailPreviewSubject");
        subject.setWrapText(true);
        subject.setStyle("-fx-font-weight: bold;");
        subject.textProperty().bind(model.previewSubjectProperty());
        TextArea body = new TextArea();
        body.setId("mailPreviewBody");
        body.setEditable(false);
        body.setWrapText(true);
        body.textProperty().bind(model.previewBodyProperty());
        GridPane head = grid();
        head.addRow(0, label("mail.ui.to"), to);
        head.addRow(1, label("mail.ui.subject"), subject);
        VBox box = new VBox(8, heading, head, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 8, 12));
        return box;
    }

    private Node recipients() {
        TableView<RecipientRow> table = new TableView<>(model.recipients);
        table.setId("mailRecipients");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(context.text("mail.ui.noRecipients")));
        table.getColumns().add(column("mail.ui.col.name", RecipientRow::name, 130));
        table.getColumns().add(column("mail.ui.col.table", RecipientRow::table, 50));
        table.getColumns().add(column("mail.ui.col.gets", RecipientRow::gets, 170));
        table.getColumns().add(column("mail.ui.col.sees", RecipientRow::sees, 150));
        TableColumn<RecipientRow, RecipientRow> state = new TableColumn<>(context.text("mail.ui.col.status"));
        state.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        state.setCellFactory(c -> new StatusCell());
        state.setPrefWidth(110);
        table.getColumns().add(state);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.previewFor.set(now);
            }
        });
        model.previewFor.addListener((o, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        Label summary = new Label();
        summary.setId("mailSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        TextField testAddress = field("mailTestAddress", model.testAddress);
        testAddress.setPromptText(context.text("mail.ui.testPrompt"));
        testAddress.setPrefColumnCount(18);
        Button test = new Button(context.text("mail.ui.testSend"), Icons.of(Feather.SEND));
        test.setId("mailTestSend");
        test.disableProperty().bind(model.testAddress.isEmpty());
        test.setOnAction(e -> model.testSend());
        HBox testRow = new HBox(8, Labels.field(context.text("mail.ui.testTo")), testAddress, test);
        testRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(testAddress, Priority.ALWAYS);

        Button eml = new Button(context.text("mail.ui.eml"), Icons.of(Feather.FILE_TEXT));
        eml.setId("mailEml");
        eml.setOnAction(e -> model.writeEml());
        Button retry = new Button(context.text("mail.ui.retry"), Icons.of(Feather.REFRESH_CW));
        retry.setId("mailRetryUncertain");
        retry.setOnAction(e -> model.send(true));
        retry.disableProperty().bind(model.anyUncertainProperty().not());
        Button send = new Button(context.text("mail.ui.sendAll"), Icons.of(Feather.SEND));
        send.setId("mailSend");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> model.send(false));
        FlowPane actions = new FlowPane(8, 8, eml, retry, send);
        actions.setAlignment(Pos.CENTER_RIGHT);

        Label status = new Label();
        status.setId("mailStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        VBox box = new VBox(
                8, Labels.heading(context.text("mail.ui.recipients")), summary, table, testRow, actions, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 12));
        return box;
    }

    private final class StatusCell extends TableCell<RecipientRow, RecipientRow> {
        @Override
        protected void updateItem(RecipientRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(model.statusText(row));
            setTooltip(row.reason().isEmpty() ? null : new Tooltip(row.reason()));
        }
    }

    private TableColumn<RecipientRow, String> column(String key, Function<RecipientRow, String> value, double width) {
        TableColumn<RecipientRow, String> column = new TableColumn<>(context.text(key));
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The field with its problem written under it, as it is typed. */
    private static Node checked(TextField field, javafx.beans.value.ObservableValue<String> problem) {
        return jp.tsunagu.ui.EventFormView.withProblem(field, problem);
    }

    private TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Label label(String key) {
        Label label = Labels.field(context.text(key));
        // A long name (in English) wraps rather than squeezing the fields beside it.
        label.setWrapText(true);
        label.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Level with its field's first line, also when a problem is written under the field.
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        // The names' column: as wide as its longest name up to 160 px; a longer name wraps.
        names.setMinWidth(90);
        names.setMaxWidth(160);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(names, values);
        return grid;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
