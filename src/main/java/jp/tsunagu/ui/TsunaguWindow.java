package jp.tsunagu.ui;

import javafx.application.Application;

/** Opens the window; the launcher calls this only when there are no command-line arguments. */
public final class TsunaguWindow {
    private TsunaguWindow() {}

    public static void open() {
        TsunaguApp.openStoreMeanwhile();
        Application.launch(TsunaguApp.class);
    }
}
