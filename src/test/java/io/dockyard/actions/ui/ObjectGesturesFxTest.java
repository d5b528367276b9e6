package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.ComposeCli;
import io.dockyard.intent.Intent;
import io.dockyard.intent.PruneVolumes;
import io.dockyard.intent.RemoveProject;
import io.dockyard.intent.RemoveVolume;
import io.dockyard.journal.CommandJournal;
import io.dockyard.model.Attachment;
import io.dockyard.model.Catalogs;
import io.dockyard.model.Compose;
import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineObject;
import io.dockyard.model.EngineState;
import io.dockyard.model.MountPoint;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.Relations;
import io.dockyard.model.VolumeRecord;
import io.dockyard.testing.EventSamples;
import io.dockyard.testing.ModelFixtures;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Removing a volume or a compose project, and pruning volumes, ask first and name what is lost;
 * what the model can tell is refused is never sent; the Run dialog mounts a picked volume.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ObjectGesturesFxTest {
    private static final VolumeRecord CACHE = EventSamples.volume("cache");
    private static final VolumeRecord SHOP_DATA = new VolumeRecord("shop_data", "local", "/v", ModelFixtures.T0,
            Map.of(Compose.PROJECT_LABEL, "shop"), "local", 4096);
    private static final NetworkRecord SHOP_NET = new NetworkRecord(ModelFixtures.hex64("shop_default"), "shop_default",
            "bridge", "local", false, ModelFixtures.T0, Map.of(Compose.PROJECT_LABEL, "shop"), List.of("172.20.0.0/16"));
    private final List<Intent> sent = new CopyOnWriteArrayList<>();
    private final CommandJournal journal = new CommandJournal(Clock.systemUTC());
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    private ActionRunner runner(EngineState state) {
        EngineCommands engine = (EngineCommands) Proxy.newProxyInstance(EngineCommands.class.getClassLoader(),
                new Class<?>[] {EngineCommands.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "perform" -> {
                        sent.add((Intent) args[0]);
                        yield CompletableFuture.completedFuture(EngineCommands.Outcome.of("done"));
                    }
                    case "composeCli" -> CompletableFuture.completedFuture(ComposeCli.NONE);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new ActionRunner(engine, journal, () -> state, Platform::runLater);
    }

    private static ContainerInstance shopMember(int n, String service, ContainerState s, List<MountPoint> mounts) {
        return new ContainerInstance(ModelFixtures.containerId(n), "shop-" + service + "-1", ModelFixtures.imageId(1),
                "base:1", "sh", s, "", 0, ModelFixtures.T0, ModelFixtures.T0, null, 0, List.of(), mounts,
                List.of(new Attachment(SHOP_NET.id(), "shop_default", "172.20.0." + n, List.of(service))),
                Map.of(Compose.PROJECT_LABEL, "shop", Compose.SERVICE_LABEL, service), List.of(), "", -1);
    }

    private static EngineState state(EngineObject... objects) {
        return EngineState.empty(Connection.connecting("", "")).withObjects(Catalogs.of(List.of(objects)));
    }

    private static final ContainerInstance DB = shopMember(1, "db", ContainerState.RUNNING,
            List.of(new MountPoint("volume", "shop_data", "/v", "/var/lib/db", true)));
    private static final ContainerInstance WEB = shopMember(2, "web", ContainerState.EXITED, List.of());

    @Test
    void removingAVolumeNamesItAndSaysItsDataIsDeleted(FxRobot robot) {
        EngineState state = state(CACHE);
        VolumeActions volumes = new VolumeActions(runner(state), () -> owner);
        robot.interact(() -> volumes.remove(CACHE, Relations.of(state)));
        assertEquals("Volume cache and its data are deleted: everything containers wrote to it is gone for good."
                + " No container uses it now.", text(robot, "#confirm-text"));
        robot.clickOn("#confirm-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new RemoveVolume("cache", false)), sent);
    }

    @Test
    void aVolumeInUseIsRefusedNamingItsContainerAndNothingIsSent(FxRobot robot) {
        EngineState state = state(SHOP_DATA, DB);
        VolumeActions volumes = new VolumeActions(runner(state), () -> owner);
        robot.interact(() -> volumes.remove(SHOP_DATA, Relations.of(state)));
        assertEquals("Volume shop_data is mounted by shop-db-1 (running) at /var/lib/db. Docker keeps a volume while any"
                + " container, running or stopped, mounts it. Remove those containers first; the volume and its data stay"
                + " until then.", text(robot, "#notice-text"));
        assertEquals(List.of(), sent);
        assertEquals("docker volume rm shop_data", journal.entries().get(0).cliLine());
        assertTrue(journal.entries().get(0).outcome().startsWith("not sent: Volume shop_data is mounted by shop-db-1"),
                journal.entries().get(0).outcome());
    }

    @Test
    void pruneListsEachUnusedVolumeAndSparesTheMountedOnes(FxRobot robot) {
        EngineState state = state(CACHE, SHOP_DATA, DB);
        VolumeActions volumes = new VolumeActions(runner(state), () -> owner);
        robot.interact(volumes::prune);
        assertEquals("This volume is used by no container, and its data is deleted for good:\n  cache",
                text(robot, "#confirm-text"));
        robot.clickOn("#confirm-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new PruneVolumes(false, Map.of())), sent, "an engine of unknown API version: no --all");
    }

    @Test
    void removingAProjectNamesItsContainersAndNetworksAndItsVolumesOnlyWhenTicked(FxRobot robot) {
        EngineState state = state(SHOP_DATA, SHOP_NET, DB, WEB);
        ProjectActions projects = new ProjectActions(runner(state), () -> owner);
        robot.interact(() -> projects.remove(Relations.of(state).projects().get("shop")));
        assertEquals("Its 2 containers are stopped and removed, with everything written to their writable layers:"
                + " shop-db-1 (service db, running), shop-web-1 (service web, exited). Its network is removed:"
                + " shop_default. Its images stay, so docker compose up can bring it back.", text(robot, "#confirm-text"));
        CheckBox volumes = robot.lookup("#project-rm-volumes").queryAs(CheckBox.class);
        assertEquals("Also remove its volumes, and their data: shop_data", volumes.getText());
        robot.clickOn(volumes);
        robot.clickOn("#confirm-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new RemoveProject("shop", ComposeCli.NONE, List.of("shop-db-1", "shop-web-1"),
                List.of("shop_default"), List.of("shop_data"), true)), sent);
        assertEquals("docker stop shop-web-1 shop-db-1 && docker rm -v shop-db-1 shop-web-1 && docker network rm"
                + " shop_default && docker volume rm shop_data", journal.entries().get(0).cliLine());
    }

    @Test
    void connectingAContainerAlreadyOnTheNetworkIsRefusedBeforeSending(FxRobot robot) {
        EngineState state = state(SHOP_NET, DB);
        NetworkActions networks = new NetworkActions(runner(state), () -> owner);
        List<Throwable> failed = new ArrayList<>();
        robot.interact(() -> networks.connect(DB, SHOP_NET).whenComplete((o, e) -> failed.add(e)));
        assertEquals("Container 'shop-db-1' is already on network 'shop_default' (address 172.20.0.1).",
                text(robot, "#notice-text"));
        assertEquals(List.of(), sent);
        assertEquals(1, failed.size());
    }

    @Test
    void theRunDialogMountsAPickedVolumeAndShowsItsDashV(FxRobot robot) {
        EngineState state = state(CACHE, SHOP_DATA);
        ActionRunner runner = runner(state);
        robot.interact(() -> RunDialog.open(runner, new PortCheck((ip, port, proto) -> true, Runnable::run,
                Platform::runLater), () -> owner, "app:1", intent -> { }));
        ComboBox<?> pick = robot.lookup("#run-mount-volume").queryAs(ComboBox.class);
        assertEquals(List.of("cache", "shop_data"), List.copyOf(pick.getItems()));
        robot.interact(() -> pick.getEditor().setText("cache"));
        robot.clickOn("#run-mount-path").write("/data");
        robot.clickOn("#run-mount-ro");
        robot.clickOn("#run-mount-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("$ docker run -d -v cache:/data:ro app:1", text(robot, "#run-preview"));

        robot.interact(() -> pick.getEditor().setText("fresh-vol"));
        robot.interact(() -> robot.lookup("#run-mount-path").queryAs(TextField.class).setText("/srv"));
        robot.clickOn("#run-mount-ro");
        robot.clickOn("#run-mount-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("$ docker run -d -v cache:/data:ro -v fresh-vol:/srv app:1", text(robot, "#run-preview"),
                "a new name makes a new volume, as docker run does");

        robot.interact(() -> robot.lookup("#run-mount-path").queryAs(TextField.class).setText("data"));
        assertTrue(robot.lookup("#run-mount-add").queryAs(Button.class).isDisabled());
        assertEquals("The path inside the container must be absolute (start with /): 'data'.",
                text(robot, "#run-mount-problem"));
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
