package jp.tsunagu.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.store.DataFolder;

/**
 * The JavaFX application: opens the store (the {@code tsunagu.data} property or the default
 * data folder), loads the bundled font and theme, and shows the main window.
 */
public final class TsunaguApp extends Application {
    private static volatile FutureTask<Tsunagu> opening;
    private Tsunagu app;

    /**
     * Opens the store (SQLite's native library, migrations) on a thread of its own while JavaFX
     * starts, rather than after it: about 0.15 s sooner to a usable window on two cores.
     */
    static void openStoreMeanwhile() {
        opening = new FutureTask<>(TsunaguApp::openStore);
        Thread thread = new Thread(opening, "tsunagu-open-store");
        thread.setDaemon(true);
        thread.start();
    }

    private static Tsunagu opened() {
        if (opening == null) {
            return openStore();
        }
        try {
            return opening.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Tsunagu openStore() {
        return Tsunagu.open(storePath());
    }

    private static Path storePath() {
        String configured = System.getProperty("tsunagu.data");
        return configured != null ? Path.of(configured) : DataFolder.defaultStore();
    }

    @Override
    public void start(Stage stage) {
        try {
            app = opened();
        } catch (RuntimeException e) {
            // A store that cannot be opened (damaged, from a newer app, a locked folder) is said plainly.
            Messages messages = Messages.forLocale(Locale.getDefault());
            Alert alert = new Alert(
                    Alert.AlertType.ERROR,
                    jp.tsunagu.store.Failures.inWords(e, storePath()).describe(messages));
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("store.error.title"));
            DialogButtons.speak(alert.getDialogPane(), messages);
            Fonts.load();
            alert.getDialogPane().setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        show(stage, app);
        // The startup benchmark's probe: report once the window is on screen, then quit.
        if (Boolean.getBoolean("tsunagu.startupProbe")) {
            Platform.runLater(() -> {
                System.out.println("TSUNAGU_READY");
                Platform.exit();
            });
        }
    }

    /** Builds the window on {@code stage} for the store of {@code app}; also the entry of UI tests. */
    public static MainWindow show(Stage stage, Tsunagu app) {
        return show(stage, app, null);
    }

    /** As {@link #show(Stage, Tsunagu)}, with {@code dialogs} standing in for the real ones when not null (tests). */
    public static MainWindow show(Stage stage, Tsunagu app, DialogService standIn) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = Language.chosen(app.settings());
        FxTaskRunner tasks = new FxTaskRunner();
        UndoManager undo = new UndoManager();
        DialogService dialogs = standIn != null ? standIn : new FxDialogService(() -> stage, messages);
        new UncaughtErrors(messages, dialogs, LiveChanges.fxThread()).install();
        UiContext context = new UiContext(app, messages, dialogs, tasks, undo);
        MainWindow window = new MainWindow(context, tasks, () -> askLanguage(stage, app, messages));
        // As large as a comfortable laptop window, never larger than the screen (1366 x 768 is common).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1320, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets()
                .add(Objects.requireNonNull(TsunaguApp.class.getResource("tsunagu.css"))
                        .toExternalForm());
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                        () -> tasks.afterChanges(undo::undo));
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                        () -> tasks.afterChanges(undo::redo));
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), window::askForNewEvent);
        for (EventStage eventStage : EventStage.values()) {
            scene.getAccelerators()
                    .put(
                            new KeyCodeCombination(
                                    KeyCode.getKeyCode(Integer.toString(eventStage.ordinal() + 1)),
                                    KeyCombination.SHORTCUT_DOWN),
                            () -> window.open(eventStage));
        }
        // Closing the window (its close box or Ctrl+Q) first saves what the page has typed, or asks;
        // the window goes once what leaving saved is in the store (saves run off the FX thread).
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (window.leave()) {
                tasks.afterChanges(stage::close);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            if (window.leave()) {
                tasks.afterChanges(stage::close);
            }
        });
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().add(new Image(Objects.requireNonNull(TsunaguApp.class.getResourceAsStream("icon.png"))));
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        stage.show();
        return window;
    }

    /** The settings: the window's language, applied at once by building the window again. */
    private static void askLanguage(Stage stage, Tsunagu app, Messages messages) {
        String japanese = messages.get("settings.language.ja");
        String english = messages.get("settings.language.en");
        ChoiceDialog<String> dialog = new ChoiceDialog<>(messages.isJapanese() ? japanese : english, japanese, english);
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.language"));
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("settingsOk");
        DialogButtons.speak(dialog.getDialogPane(), messages);
        dialog.showAndWait().ifPresent(choice -> {
            Language.choose(app.settings(), choice.equals(japanese) ? Locale.JAPANESE : Locale.ENGLISH);
            show(stage, app, null);
        });
    }

    @Override
    public void stop() {
        if (app != null) {
            app.close();
        }
    }
}
