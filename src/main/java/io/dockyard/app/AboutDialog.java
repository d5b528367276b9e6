package io.dockyard.app;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The About box: what Dockyard is, its version, the Java and JavaFX it runs on and the version of
 * the Docker engine it is connected to. The engine version is asked for each time the box opens.
 */
public final class AboutDialog {

    /** Where Maven's jar plugin records the project version inside the jar. */
    static final String POM_PROPERTIES = "/META-INF/maven/io.dockyard/dockyard/pom.properties";

    /**
     * What the box shows, gathered apart from any control so it can be checked without a window.
     *
     * @param appVersion Dockyard's version, or a note that this is a development build
     * @param java       the Java runtime
     * @param javafx     the JavaFX runtime
     * @param engine     the engine version, or a note that no engine is connected
     */
    public record Facts(String appVersion, String java, String javafx, String engine) {
    }

    private final Supplier<String> engineVersion;
    private final Supplier<InputStream> buildMetadata;

    /** @param engineVersion the connected engine's version, blank or null while none is connected */
    public AboutDialog(Supplier<String> engineVersion) {
        this(engineVersion, () -> AboutDialog.class.getResourceAsStream(POM_PROPERTIES));
    }

    /**
     * @param buildMetadata opens the jar's Maven {@code pom.properties}; gives null when there is none,
     *                      as when running from build folders
     */
    AboutDialog(Supplier<String> engineVersion, Supplier<InputStream> buildMetadata) {
        this.engineVersion = Objects.requireNonNull(engineVersion, "engineVersion");
        this.buildMetadata = Objects.requireNonNull(buildMetadata, "buildMetadata");
    }

    /** Opens the box over {@code owner} and returns at once; the box closes with its button or Esc. */
    public void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Dockyard");
        dialog.getDialogPane().setContent(content(facts()));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(stylesheet());
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.applyTo(stage);
        }
        dialog.show();
    }

    /** The facts as of now. */
    public Facts facts() {
        String engine = engineVersion.get();
        return new Facts(
                appVersion(buildMetadata),
                System.getProperty("java.runtime.version", "?") + " · " + System.getProperty("java.vm.name", "")
                        + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
                System.getProperty("javafx.runtime.version", "not started"),
                engine == null || engine.isBlank() ? "not connected" : engine);
    }

    /** The box's content, built from {@code facts}. */
    public static Node content(Facts facts) {
        ImageView icon = new ImageView(AppIcons.atLeast(128));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        icon.setPreserveRatio(true);

        Label name = new Label("Dockyard");
        name.getStyleClass().add(Styles.TITLE_2);
        Label version = new Label("Version " + facts.appVersion());
        version.getStyleClass().addAll(Styles.TEXT_MUTED, "about-version");
        Label what = new Label("Dockyard draws your Docker engine as a yard: each image a blueprint, "
                + "each container a live instance built from one, changing as the engine changes.");
        what.setWrapText(true);
        what.getStyleClass().add("about-what");

        GridPane rows = new GridPane();
        rows.getStyleClass().add("about-facts");
        addRow(rows, 0, "Docker engine", facts.engine());
        addRow(rows, 1, "Java", facts.java());
        addRow(rows, 2, "JavaFX", facts.javafx());

        VBox text = new VBox(name, version, what, rows);
        text.getStyleClass().add("about-text");
        HBox box = new HBox(icon, text);
        box.getStyleClass().add("about");
        return box;
    }

    /** The version from the jar's Maven metadata, or "development build" when there is none to read. */
    static String appVersion(Supplier<InputStream> buildMetadata) {
        try (InputStream in = buildMetadata.get()) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                String v = pom.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: the box still opens, it just cannot name the build
        }
        return "development build";
    }

    private static void addRow(GridPane grid, int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("about-key");
        k.setMinWidth(Region.USE_PREF_SIZE); // the wrapping value must not squeeze the key to "…"
        Label v = new Label(value);
        v.getStyleClass().add("about-value");
        v.setWrapText(true);
        grid.addRow(row, k, v);
    }

    private static String stylesheet() {
        return Objects.requireNonNull(AboutDialog.class.getResource("about.css"), "about.css").toExternalForm();
    }
}
