package dev.arenaview.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * A bare JavaFX window, the baseline of the start-up measurement: the app's window should
 * appear within 1.5 times the time this one takes, measured the same way.
 */
public final class HelloWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Arena Viewer hello");
        stage.setScene(new Scene(new Label("Hello"), 400, 200));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
