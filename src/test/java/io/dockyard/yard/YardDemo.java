package io.dockyard.yard;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.dockyard.inspect.InspectorView;
import io.dockyard.model.EngineState;
import io.dockyard.motion.Motion;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.File;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Looks at the yard without an engine: {@code YardDemo [dark|light] [--many-kinds|--busy-shop|--thousand|--big]
 * [--shot=file.png] [--export=whole-yard.png] [--select=name] [--fit] [--zoom=0.3]}. Run from the
 * test class path, e.g. under xvfb-run.
 */
public class YardDemo extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean light = args.contains("light");
        Application.setUserAgentStylesheet(light ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
        EngineState state = args.contains("--big") ? YardFixtures.big(50, 20)
                : args.contains("--many-kinds") ? YardFixtures.manyKinds()
                : args.contains("--busy-shop") ? YardFixtures.busyShop()
                : args.contains("--thousand") ? YardFixtures.oneImage(1000) : YardFixtures.demo();
        YardView yard = new YardView(new YardViewModel(), Motion.STANDARD,
                Clock.fixed(YardFixtures.NOW.plusSeconds(30), ZoneOffset.UTC));
        InspectorView inspector = new InspectorView(Clock.fixed(YardFixtures.NOW.plusSeconds(30), ZoneOffset.UTC));
        yard.selectionProperty().addListener((o, was, now) -> inspector.select(now == null ? null : now.id()));
        BorderPane root = new BorderPane(yard);
        root.setRight(inspector);
        DifferencePanel difference = new DifferencePanel(yard);
        if (args.contains("--difference")) {
            difference.setPrefWidth(380);
            root.setRight(difference); // the app shows it in the side panel, in the inspector's place
        }
        Scene scene = new Scene(root, 1600, 1000);
        stage.setScene(scene);
        stage.setTitle("Yard demo");
        stage.show();
        yard.show(state);
        inspector.show(state);
        difference.show(state);
        yard.fitToView();
        for (String a : args) {
            if (a.startsWith("--select=")) {
                state.findContainer(a.substring(9)).ifPresentOrElse(
                        c -> yard.select(Selection.container(c.id())),
                        () -> state.findImage(a.substring(9)).ifPresent(i -> yard.select(Selection.image(i.id()))));
            } else if (a.equals("--fit")) {
                yard.fitToView();
            } else if (a.startsWith("--zoom=")) {
                yard.zoomBy(Double.parseDouble(a.substring(7)) / yard.zoomProperty().get());
            } else if (a.startsWith("--hover=")) {
                difference.point(Integer.parseInt(a.substring(8)));
            }
        }
        args.stream().filter(a -> a.startsWith("--shot=")).findFirst().ifPresent(a -> shoot(scene, a.substring(7)));
        args.stream().filter(a -> a.startsWith("--export=")).findFirst().ifPresent(a -> {
            PauseTransition wait = new PauseTransition(Duration.millis(1500));
            wait.setOnFinished(e -> {
                try {
                    new YardExport(yard).exportWholeYard(new File(a.substring(9)));
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
            });
            wait.play();
        });
    }

    private static void shoot(Scene scene, String file) {
        PauseTransition wait = new PauseTransition(Duration.millis(1500));
        wait.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(file));
            } catch (Exception ex) {
                ex.printStackTrace();
            }
            Platform.exit();
        });
        wait.play();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
