package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.HostPorts;
import io.dockyard.intent.Intent;
import io.dockyard.intent.UpdateNodeAvailability;
import io.dockyard.journal.CommandJournal;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.SwarmNode.Availability;
import io.dockyard.motion.Motion;
import io.dockyard.yard.SwarmYardFixtures;
import io.dockyard.yard.YardFixtures;
import io.dockyard.yard.YardView;
import io.dockyard.yard.YardViewModel;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.dockyard.yard.SwarmYardFixtures.WEB;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T2;
import static io.dockyard.yard.SwarmYardFixtures.WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A right click on a node's lane, a service's card or a task's tile opens that object's menu, whose items act. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class SwarmMenusFxTest {
    private final List<Intent> sent = new CopyOnWriteArrayList<>();
    private final CommandJournal journal = new CommandJournal(Clock.systemUTC());
    private final EngineState state = SwarmYardFixtures.twoNodes();
    private YardView yard;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        yard = new YardView(new YardViewModel(), Motion.NONE, Clock.fixed(YardFixtures.NOW, ZoneOffset.UTC));
        stage.setScene(new Scene(yard, 1400, 1000));
        stage.show();
        EngineCommands engine = (EngineCommands) Proxy.newProxyInstance(EngineCommands.class.getClassLoader(),
                new Class<?>[] {EngineCommands.class}, (proxy, method, args) -> {
                    if (method.getName().equals("composeCli")) {
                        return CompletableFuture.completedFuture(io.dockyard.intent.ComposeCli.NONE);
                    }
                    if (!method.getName().equals("perform")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    sent.add((Intent) args[0]);
                    return CompletableFuture.completedFuture(EngineCommands.Outcome.of("done"));
                });
        ActionRunner runner = new ActionRunner(engine, journal, () -> state, Platform::runLater);
        ActionMenus menus = new ActionMenus(new ContainerActions(runner, () -> stage),
                new ImageActions(runner, () -> stage, ids -> { }, HostPorts.system(), Runnable::run),
                WiringActions.of(runner, () -> stage), () -> stage);
        menus.installOn(yard, () -> state, null, yard::targetAt);
        yard.show(state);
        yard.fitToView();
        yard.zoomBy(0.8 / yard.zoomProperty().get());
    }

    private Node node(FxRobot robot, String prefix, String id) {
        return robot.lookup("#" + prefix + id.substring(0, 12)).query();
    }

    @Test
    void aNodesHeaderOpensItsMenuAndDrainAsksFirst(FxRobot robot) {
        robot.interact(() -> yard.select(null));
        Node lane = node(robot, "swarm-node-", WORKER.id());
        robot.rightClickOn(robot.point(lane).atPosition(Pos.TOP_LEFT).atOffset(new javafx.geometry.Point2D(30, 12)));
        robot.clickOn("#action-node-drain");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#confirm-text").tryQuery().isPresent(), "draining asks first");
        robot.clickOn("#confirm-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new UpdateNodeAvailability(WORKER.id(), Availability.DRAIN)), sent);
    }

    @Test
    void aTasksTileOpensItsServicesMenu(FxRobot robot) {
        Node tile = node(robot, "task-", WEB_T2.id());
        robot.rightClickOn(tile);
        robot.clickOn("#action-service-scale");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", robot.lookup("#prompt-field").queryAs(javafx.scene.control.TextField.class).getText(),
                "the prompt of service web, which wants 3");
        robot.interact(() -> robot.lookup("#prompt-field").query().getScene().getWindow().hide());
        assertEquals(List.of(), sent);
        Node card = node(robot, "service-", WEB.id());
        assertTrue(card.getStyleClass().contains("service"));
        assertEquals(Kind.SERVICE, ((io.dockyard.model.ObjectRef) yard.targetAt(card).orElseThrow()).kind());
    }
}
