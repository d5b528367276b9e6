package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.Intent;
import io.dockyard.intent.RemoveService;
import io.dockyard.intent.ScaleService;
import io.dockyard.intent.UpdateNodeAvailability;
import io.dockyard.intent.UpdateServiceImage;
import io.dockyard.journal.CommandJournal;
import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode.Availability;
import io.dockyard.yard.SwarmYardFixtures;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.dockyard.yard.SwarmYardFixtures.LEADER;
import static io.dockyard.yard.SwarmYardFixtures.WEB;
import static io.dockyard.yard.SwarmYardFixtures.WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scaling, updating and removing a service and changing a node's availability, on a swarm fed by
 * hand to a fake engine: each gesture sends its intent and the journal shows its docker command; a
 * refused input says why and sends nothing.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class SwarmGesturesFxTest {
    private final List<Intent> sent = new CopyOnWriteArrayList<>();
    private final CommandJournal journal = new CommandJournal(Clock.systemUTC());
    private final EngineState state = SwarmYardFixtures.twoNodes();
    private SwarmActions swarm;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
        EngineCommands engine = (EngineCommands) Proxy.newProxyInstance(EngineCommands.class.getClassLoader(),
                new Class<?>[] {EngineCommands.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("perform")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    sent.add((Intent) args[0]);
                    return CompletableFuture.completedFuture(EngineCommands.Outcome.of("done"));
                });
        swarm = new SwarmActions(new ActionRunner(engine, journal, () -> state, Platform::runLater), () -> stage);
    }

    @Test
    void scalingSendsTheCountTypedAndTheJournalShowsTheScaleLine(FxRobot robot) {
        robot.interact(() -> swarm.scale(WEB));
        assertEquals("3", field(robot).getText(), "the prompt starts at the replicas it wants now");
        type(robot, "5");
        robot.clickOn(button(robot, "Scale"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new ScaleService("web", 5)), sent);
        assertEquals("docker service scale web=5", lastLine());
    }

    @Test
    void aRefusedReplicaCountSaysWhyAndSendsNothing(FxRobot robot) {
        robot.interact(() -> swarm.scale(WEB));
        type(robot, "-2");
        assertEquals("The number of replicas '-2' cannot be negative: write 0 to 1000 (0 stops every task and keeps the"
                + " service).", problem(robot));
        assertTrue(button(robot, "Scale").isDisabled());
        type(robot, "5000");
        assertTrue(problem(robot).contains("more than Dockyard allows (1000)"), problem(robot));
        robot.interact(() -> field(robot).getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), sent);
        assertEquals(List.of(), journal.entries());
    }

    @Test
    void updatingTheImageSendsARollingUpdateAndRefusesABadOrUnchangedImage(FxRobot robot) {
        robot.interact(() -> swarm.updateImage(WEB));
        assertEquals("shop/web:2.2", field(robot).getText());
        assertTrue(problem(robot).startsWith("Service web runs shop/web:2.2 already"), problem(robot));
        assertTrue(button(robot, "Update").isDisabled());
        type(robot, "shop/web:two point three!");
        assertFalse(problem(robot).isEmpty(), "a reference the engine would refuse is refused here");
        assertTrue(button(robot, "Update").isDisabled());
        type(robot, "shop/web:2.3");
        assertEquals("", problem(robot));
        robot.clickOn(button(robot, "Update"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new UpdateServiceImage("web", "shop/web:2.3")), sent);
        assertEquals("docker service update --image shop/web:2.3 web", lastLine());
    }

    @Test
    void removingAServiceNamesItsTasksAndContainersFirst(FxRobot robot) {
        robot.interact(() -> swarm.remove(WEB));
        assertEquals("Service web and its 3 tasks go: the swarm shuts down and removes their containers on every node"
                + " (web.1 on node-1, container web.1.x8, web.2 on node-2, web.3 on node-2). Its image shop/web:2.2"
                + " stays.", text(robot, "#confirm-text"));
        assertEquals(List.of(), sent, "nothing before the confirmation");
        robot.clickOn("#confirm-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new RemoveService("web")), sent);
        assertEquals("docker service rm web", lastLine());
    }

    @Test
    void drainingANodeSaysItsTasksMoveThenSendsTheNodeUpdate(FxRobot robot) {
        robot.interact(() -> swarm.drain(WORKER));
        assertEquals("Its 2 tasks (web.2, web.3) will be shut down and started again on other nodes, and node-2 takes"
                + " no new ones. Activate it to let it take tasks again.", text(robot, "#confirm-text"));
        robot.clickOn("#confirm-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new UpdateNodeAvailability(WORKER.id(), Availability.DRAIN)), sent);
        assertEquals("docker node update --availability drain " + WORKER.id(), lastLine());
    }

    @Test
    void pauseFromTheNodesMenuAndActivateOnAnActiveNodeIsRefused(FxRobot robot) {
        ContextMenu[] menu = new ContextMenu[1];
        robot.interact(() -> menu[0] = swarm.forNode(LEADER));
        assertTrue(item(menu[0], "action-node-activate").isDisable(), "it is active already");
        robot.interact(() -> item(menu[0], "action-node-pause").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new UpdateNodeAvailability(LEADER.id(), Availability.PAUSE)), sent);
        assertEquals("docker node update --availability pause " + LEADER.id(), lastLine());

        robot.interact(() -> swarm.availability(LEADER, Availability.ACTIVE));
        assertEquals("Node node-1 (" + LEADER.id().substring(0, 12) + ") is already active.", text(robot, "#notice-text"));
        assertEquals(1, sent.size(), "the refused one was not sent");
        assertTrue(journal.entries().get(journal.entries().size() - 1).outcome().startsWith("not sent: Node node-1"),
                journal.entries().get(journal.entries().size() - 1).outcome());
    }

    private String lastLine() {
        return journal.entries().get(journal.entries().size() - 1).cliLine();
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#prompt-field").queryAs(TextField.class);
    }

    private static void type(FxRobot robot, String text) {
        robot.interact(() -> field(robot).setText(text));
    }

    private static String problem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) field(robot).getScene().getRoot().lookup(".field-problem")).getText();
    }

    private static Button button(FxRobot robot, String text) {
        Node root = field(robot).getScene().getRoot();
        return root.lookupAll(".button").stream().filter(n -> n instanceof Button b && text.equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no " + text + " button"));
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
