package io.dockyard.intent;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmNode.Availability;
import io.dockyard.model.SwarmService;
import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dockyard.testing.SwarmFixtures.service;
import static io.dockyard.testing.SwarmFixtures.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SwarmIntentsTest {

    @Test
    void cliLines() {
        assertEquals("docker service scale web=6", new ScaleService("web", 6).cliLine());
        assertEquals("docker service update --image 127.0.0.1:5000/web:2 web",
                new UpdateServiceImage("web", "127.0.0.1:5000/web:2").cliLine());
        assertEquals("docker service rm web", new RemoveService("web").cliLine());
        assertEquals("docker node update --availability drain abc", new UpdateNodeAvailability("abc",
                Availability.DRAIN).cliLine());
        assertEquals("docker node update --availability active abc", new UpdateNodeAvailability("abc",
                Availability.ACTIVE).cliLine());
        assertEquals("docker node update --availability pause abc", new UpdateNodeAvailability("abc",
                Availability.PAUSE).cliLine());
    }

    @Test
    void theCliLinesReadBackAsTheSameIntents() {
        for (Intent i : List.of(new ScaleService("web", 0), new ScaleService("web", 1000),
                new UpdateServiceImage("web", "localhost:5000/a/b:2"), new RemoveService("web"),
                new UpdateNodeAvailability("n1", Availability.DRAIN), new UpdateNodeAvailability("n1", Availability.PAUSE))) {
            Parsed<Intent> back = CliIntents.parse(i.cliArgs().subList(1, i.cliArgs().size()));
            assertEquals(i, back.value(), i.cliLine() + ": " + back.problem());
        }
    }

    @Test
    void replicasAreAWholeNumberFromZeroToOneThousand() {
        assertEquals(0, SwarmRules.replicas("0").value());
        assertEquals(1000, SwarmRules.replicas(" 1000 ").value());
        assertEquals(7, SwarmRules.replicas("007").value());
        assertEquals("The number of replicas '-1' cannot be negative: write 0 to 1000 (0 stops every task and keeps"
                + " the service).", SwarmRules.replicas("-1").problem());
        assertTrue(SwarmRules.replicas("2.5").problem().contains("is not a whole number"));
        assertTrue(SwarmRules.replicas("three").problem().contains("is not a whole number"));
        assertTrue(SwarmRules.replicas("1001").problem().contains("more than Dockyard allows (1000)"));
        assertTrue(SwarmRules.replicas("99999999999999").problem().contains("more than Dockyard allows"));
        assertTrue(SwarmRules.replicas("").problem().startsWith("Type how many replicas"));
        assertTrue(SwarmRules.replicas("٣").problem().contains("is not a whole number"), "only ASCII digits");
    }

    @Test
    void theImageMustParse() {
        assertTrue(SwarmRules.serviceImage("127.0.0.1:5000/web:2").isOk());
        assertEquals("Repository names must be lowercase: 'Web' could be 'web'.", SwarmRules.serviceImage("Web:2").problem());
        assertFalse(SwarmRules.serviceImage("").isOk());
    }

    @Test
    void typedCommandsAreRefusedInWords() {
        assertEquals("docker service scale takes NAME=N, such as web=3; 'web' has no '='.",
                CliIntents.parse(List.of("service", "scale", "web")).problem());
        assertTrue(CliIntents.parse(List.of("service", "scale", "web=-2")).problem().contains("cannot be negative"));
        assertTrue(CliIntents.parse(List.of("node", "update", "--availability", "off", "n1")).problem()
                .contains("'off' is not an availability: use active"));
        assertTrue(CliIntents.parse(List.of("service", "update", "--image", "A B", "web")).problem()
                .startsWith("--image A B: "));
        assertEquals("Dockyard cannot perform docker service create itself; run it in a terminal.",
                CliIntents.parse(List.of("service", "create", "x")).problem());
    }

    @Test
    void scalingAndDrainingAreCheckedAgainstTheSwarm() {
        SwarmService web = service("web", 2);
        SwarmService agent = new SwarmService("g1", "agent", "agent:1", SwarmService.Mode.GLOBAL, 0, "", "", Map.of(),
                null, null);
        SwarmNode w = worker("w");
        EngineState s = EngineReducer.reduce(EngineState.empty(Connection.connecting("unix:///x.sock", "test")),
                new Upserted(ModelFixtures.T0, List.of(web, agent, w)));
        assertEquals(new ScaleService("web", 4), SwarmRules.scale(s, web.id(), "4").value());
        assertEquals("There is no service 'api' on this swarm: docker service ls lists the services (on a manager).",
                SwarmRules.scale(s, "api", "4").problem());
        assertTrue(SwarmRules.scale(s, "agent", "3").problem().contains("is global"));
        assertEquals(new UpdateNodeAvailability(w.id(), Availability.DRAIN),
                SwarmRules.availability(s, w.id(), Availability.DRAIN).value());
        assertTrue(SwarmRules.availability(s, w.id(), Availability.ACTIVE).problem().endsWith("is already active."));
    }
}
