package jp.tsunagu.ui.venue;

import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import jp.tsunagu.ui.TsunaguApp;
import jp.tsunagu.venue.Move;

/**
 * The projector's window: the room view full-screen on a second display when there is one (else a
 * window beside the desk). Keys: T tables, F find your table, M moves, D the next display, F11
 * full screen on or off, Esc leaves full screen. The 五十音 list turns its pages by itself.
 */
final class RoomWindow {
    private final VenueViewModel model;
    private Stage stage;
    private RoomView view;
    private int display = -1;
    private final Timeline pages = new Timeline(new KeyFrame(Duration.seconds(10), e -> {
        if (view != null && view.mode() == RoomView.Mode.FIND) {
            view.nextPage();
        }
    }));

    private final java.util.function.Supplier<javafx.stage.Window> desk;

    /** @param desk the desk's window, once shown: the room view closes with it */
    RoomWindow(VenueViewModel model, java.util.function.Supplier<javafx.stage.Window> desk) {
        this.model = model;
        this.desk = desk;
        pages.setCycleCount(Timeline.INDEFINITE);
    }

    RoomView view() {
        return view;
    }

    Stage stage() {
        return stage;
    }

    /** Opens the room view (or brings it to the front) in {@code mode}. */
    void open(RoomView.Mode mode) {
        if (stage == null) {
            view = new RoomView(model);
            Scene scene = new Scene(view, 1280, 720);
            scene.getStylesheets()
                    .add(Objects.requireNonNull(TsunaguApp.class.getResource("tsunagu.css"))
                            .toExternalForm());
            stage = new Stage();
            stage.setTitle(model.context().text("venue.room.window"));
            stage.setScene(scene);
            stage.setFullScreenExitHint(model.context().text("venue.room.exitHint"));
            scene.setOnKeyPressed(e -> {
                switch (e.getCode()) {
                    case T -> view.show(RoomView.Mode.TABLES);
                    case F -> view.show(RoomView.Mode.FIND);
                    case M -> view.show(RoomView.Mode.MOVES);
                    case D -> nextDisplay();
                    case F11 -> stage.setFullScreen(!stage.isFullScreen());
                    case SPACE, RIGHT, PAGE_DOWN -> view.nextPage();
                    default -> {}
                }
            });
            stage.setOnHidden(e -> pages.stop());
            // Not owned by the desk (an owned window stays above it on a single screen), but closed with it,
            // so that closing the app's window ends the app.
            javafx.stage.Window deskWindow = desk.get();
            if (deskWindow != null) {
                deskWindow.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> close());
            }
            List<Screen> screens = Screen.getScreens();
            display = screens.size() > 1 ? screens.size() - 1 : 0;
            place(screens.size() > 1);
        }
        view.show(mode);
        stage.show();
        stage.toFront();
        pages.play();
    }

    void moves(List<Move> moves) {
        open(RoomView.Mode.MOVES);
        view.moves(moves);
    }

    private void nextDisplay() {
        List<Screen> screens = Screen.getScreens();
        display = (display + 1) % screens.size();
        place(stage.isFullScreen() || screens.size() > 1);
    }

    private void place(boolean fullScreen) {
        List<Screen> screens = Screen.getScreens();
        Rectangle2D bounds = screens.get(Math.min(display, screens.size() - 1)).getVisualBounds();
        stage.setFullScreen(false);
        stage.setX(bounds.getMinX() + (fullScreen ? 0 : bounds.getWidth() * 0.1));
        stage.setY(bounds.getMinY() + (fullScreen ? 0 : bounds.getHeight() * 0.1));
        stage.setWidth(fullScreen ? bounds.getWidth() : bounds.getWidth() * 0.8);
        stage.setHeight(fullScreen ? bounds.getHeight() : bounds.getHeight() * 0.8);
        stage.setFullScreen(fullScreen);
    }

    void close() {
        pages.stop();
        if (stage != null) {
            stage.close();
        }
    }
}
