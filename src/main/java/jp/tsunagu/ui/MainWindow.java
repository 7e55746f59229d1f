package jp.tsunagu.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.tsunagu.event.Event;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window: the open event and its selector on top, the event's stages on the left, the
 * chosen stage's page in the middle, background work at the bottom.
 */
public final class MainWindow {
    private final UiContext context;
    private final MainViewModel model;
    private final List<StagePage> pages;
    private final Map<EventStage, ToggleButton> stageButtons = new EnumMap<>(EventStage.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final Runnable openSettings;
    private StagePage current;

    public MainWindow(UiContext context, FxTaskRunner tasks, Runnable openSettings) {
        this.context = context;
        this.model =
                new MainViewModel(context, context.app().events(), context.app().settings());
        this.pages = StagePages.of(context, model::changed);
        this.openSettings = openSettings;
        root.getStyleClass().add("main-window");
        root.setTop(header());
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar(tasks));
        content.getStyleClass().add("stage-content");
        model.openEventProperty().addListener((o, old, now) -> showCurrent());
        model.load();
        if (model.openEventProperty().get() == null) {
            showCurrent();
        }
    }

    public Parent root() {
        return root;
    }

    public MainViewModel model() {
        return model;
    }

    private Node header() {
        Label title = new Label(context.text("app.name"));
        title.getStyleClass().add("app-title");
        Label eventLabel = new Label(context.text("main.openEvent"));
        ComboBox<Event> selector = new ComboBox<>(model.events());
        selector.setId("eventSelector");
        selector.setPrefWidth(360);
        selector.setCellFactory(list -> new EventCell());
        selector.setButtonCell(new EventCell());
        // Not bound both ways: choosing another event first leaves the page (saving what was typed).
        selector.setValue(model.openEventProperty().get());
        model.openEventProperty().addListener((o, old, now) -> selector.setValue(now));
        selector.valueProperty().addListener((o, old, now) -> {
            Event open = model.openEventProperty().get();
            if (now == null || (open != null && open.id() == now.id())) {
                return;
            }
            if (leave()) {
                model.openEventProperty().set(now);
            } else {
                javafx.application.Platform.runLater(() -> selector.setValue(open));
            }
        });
        selector.setPromptText(context.text("main.noEvent"));
        Button newEvent = new Button(context.text("main.newEvent"), Icons.of(Feather.PLUS));
        newEvent.setId("newEventButton");
        newEvent.setOnAction(e -> askForNewEvent());
        Button undo = iconButton("undoButton", Feather.CORNER_UP_LEFT, "main.undo");
        undo.disableProperty().bind(context.undo().canUndoProperty().not());
        undo.setOnAction(e -> context.tasks().afterChanges(context.undo()::undo));
        Button redo = iconButton("redoButton", Feather.CORNER_UP_RIGHT, "main.redo");
        redo.disableProperty().bind(context.undo().canRedoProperty().not());
        redo.setOnAction(e -> context.tasks().afterChanges(context.undo()::redo));
        Button settings = iconButton("settingsButton", Feather.SETTINGS, "main.settings");
        settings.setOnAction(e -> {
            if (leave()) {
                openSettings.run();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, eventLabel, selector, newEvent, spacer, undo, redo, settings);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    private Button iconButton(String id, Feather icon, String tooltipKey) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(context.text(tooltipKey)));
        return button;
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("stage-nav");
        for (StagePage page : pages) {
            EventStage stage = page.stage();
            ToggleButton button = new ToggleButton(context.text(stage.key()), Icons.of(stage.icon()));
            button.setId(stage.buttonId());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            // The stage's name always whole ("Participants", "Follow-up"): the bar takes the room it needs.
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setOnAction(e -> open(page));
            stageButtons.put(stage, button);
            nav.getChildren().add(button);
        }
        // A stage button stays pressed: clicking the open stage again must not leave none chosen.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        nav.disableProperty().bind(model.openEventProperty().isNull());
        current = pages.getFirst();
        stageButtons.get(current.stage()).setSelected(true);
        return nav;
    }

    /** Opens a stage's page, for the navigation and for shortcuts. */
    public void open(EventStage stage) {
        pages.stream().filter(p -> p.stage() == stage).findFirst().ifPresent(this::open);
    }

    private void open(StagePage page) {
        if (page != current && !leave()) {
            stageButtons.get(current.stage()).setSelected(true);
            return;
        }
        current = page;
        stageButtons.get(page.stage()).setSelected(true);
        showCurrent();
    }

    /**
     * Saves what the open page has typed and not saved, or asks the user (before another stage,
     * event or language, and before the window closes); false means the user chose to stay.
     */
    public boolean leave() {
        return model.openEventProperty().get() == null || current.leave();
    }

    private void showCurrent() {
        Event event = model.openEventProperty().get();
        if (event == null) {
            content.getChildren().setAll(welcome());
            return;
        }
        current.show(event);
        content.getChildren().setAll(current.view());
    }

    private Node welcome() {
        Label heading = new Label(context.text("main.welcome.title"));
        heading.getStyleClass().add("welcome-title");
        Label text = new Label(context.text("main.welcome.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        Button create = new Button(context.text("main.welcome.create"), Icons.of(Feather.PLUS));
        create.setId("createFirstEvent");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setOnAction(e -> askForNewEvent());
        VBox box = new VBox(16, heading, text, create);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("welcome");
        return box;
    }

    /** Asks for the new event's name, date and venue; OK stays off until the name is given. */
    public void askForNewEvent() {
        if (!leave()) {
            return;
        }
        EventForm form = new EventForm(context.messages());
        EventFormView fields = new EventFormView(context, form, "newEvent", false);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.setTitle(context.text("event.new.title"));
        dialog.setHeaderText(context.text("event.new.header"));
        ButtonType create = new ButtonType(context.text("event.new.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        DialogButtons.speak(dialog.getDialogPane(), context.messages());
        dialog.getDialogPane().setContent(fields);
        dialog.getDialogPane().setPadding(new Insets(8));
        DialogSizes.growWithContent(dialog);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("newEventCreate");
        createButton.disableProperty().bind(form.valid().not());
        dialog.setOnShown(e -> fields.nameField().requestFocus());
        dialog.showAndWait().filter(b -> b == create).ifPresent(b -> model.create(form.details()));
    }

    private Node statusBar(FxTaskRunner tasks) {
        ProgressBar progress = new ProgressBar();
        progress.setId("workProgress");
        progress.progressProperty().bind(tasks.progressProperty());
        progress.setPrefWidth(240);
        Label title = new Label();
        title.textProperty().bind(tasks.titleProperty());
        Button cancel = new Button(context.text("main.cancel"));
        cancel.setId("workCancel");
        cancel.setOnAction(e -> tasks.cancel());
        HBox bar = new HBox(12, title, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.visibleProperty().bind(tasks.runningProperty());
        bar.managedProperty().bind(tasks.runningProperty());
        return bar;
    }

    private final class EventCell extends ListCell<Event> {
        @Override
        protected void updateItem(Event event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setText(null);
            } else {
                setText(
                        event.date() == null
                                ? event.name()
                                : context.text(
                                        "main.eventWithDate",
                                        event.name(),
                                        event.date().toString()));
            }
        }
    }
}
