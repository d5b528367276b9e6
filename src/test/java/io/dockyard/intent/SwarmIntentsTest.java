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
        assertEquals("Dockyard cannot perform docker service inspect itself; run it in a terminal.",
                CliIntents.parse(List.of("service", "inspect", "x")).problem());
        assertEquals("Dockyard cannot perform docker swarm join itself; run it in a terminal.",
                CliIntents.parse(List.of("swarm", "join", "--token", "t", "10.0.0.1:2377")).problem());
    }

    @Test
    void swarmInitAndServiceCreateLines() {
        assertEquals("docker swarm init", InitSwarm.plain().cliLine());
        assertEquals("docker swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2477",
                new InitSwarm("127.0.0.1", "127.0.0.1:2477").cliLine());
        assertEquals("docker service create --name web --replicas 3 busybox:1.36", CreateService.of("web",
                "busybox:1.36", 3).cliLine());
        assertEquals("docker service create --name web --label 'a.z=x y' --label b=2 --container-label k= img:1",
                new CreateService("web", "img:1", Map.of("b", "2", "a.z", "x y"), Map.of("k", ""), null, List.of())
                        .cliLine(), "labels sorted by key, as every intent writes them; no --replicas unless given");
        assertEquals("docker service create img:1 sh -c 'sleep 60'", new CreateService("", "img:1", Map.of(), Map.of(),
                null, List.of("sh", "-c", "sleep 60")).cliLine(), "no name: Docker picks one");
        assertEquals(1, new CreateService("", "img:1", null, null, null, null).wantedReplicas());
    }

    @Test
    void swarmInitAndServiceCreateReadBackAndTakeTheCliSOtherSpellings() {
        for (Intent i : List.of(InitSwarm.plain(), new InitSwarm("eth0:2377", ""), new InitSwarm("", "[::1]:4000"),
                CreateService.of("web", "localhost:5000/a/b:2", 0), CreateService.of("a", "img", 1000),
                new CreateService("w_1-x", "img@sha256:" + "ab".repeat(32), Map.of("k", "v=w"), Map.of("c", ""), 2,
                        List.of("sleep", "--", "-1")))) {
            Parsed<Intent> back = CliIntents.parse(i.cliArgs().subList(1, i.cliArgs().size()));
            assertEquals(i, back.value(), i.cliLine() + ": " + back.problem());
        }
        assertEquals(new CreateService("web", "img", Map.of("k", "v"), Map.of(), null, List.of()),
                CliIntents.parse(List.of("service", "create", "-d", "-l", "k=v", "--detach", "--name", "web", "img"))
                        .value(), "--detach is what Dockyard does anyway");
    }

    @Test
    void serviceNamesAreDnsNameComponents() {
        assertEquals("web", SwarmRules.serviceName(" web ").value());
        assertEquals("a", SwarmRules.serviceName("a").value());
        assertEquals("my_web-2", SwarmRules.serviceName("my_web-2").value());
        assertEquals("a".repeat(63), SwarmRules.serviceName("a".repeat(63)).value());
        assertEquals("A service name is at most 63 characters (it is a DNS name); this one has 64.",
                SwarmRules.serviceName("a".repeat(64)).problem());
        assertEquals("A service name may only use letters, digits, '-' and '_' (it becomes a DNS name); 'my.web' has"
                + " '.'.", SwarmRules.serviceName("my.web").problem());
        assertTrue(SwarmRules.serviceName("my web").problem().endsWith("has a space."));
        assertEquals("A service name must start with a letter or digit, not '-'.",
                SwarmRules.serviceName("-web").problem());
        assertEquals("A service name must end with a letter or digit, not '_'.", SwarmRules.serviceName("web_").problem());
        assertTrue(SwarmRules.serviceName("wéb").problem().contains("has 'é'"));
        assertEquals("Type a name for the service, such as web.", SwarmRules.serviceName("").problem());
    }

    @Test
    void swarmAddressesAreAnIpOrAnInterfaceWithAnOptionalPort() {
        for (String ok : List.of("127.0.0.1", "127.0.0.1:2477", "eth0", "eth0:2377", "[::1]", "[::1]:2377", "fe80::1",
                "192.168.1.20")) {
            assertEquals(ok, SwarmRules.address(ok).value(), ok + ": " + SwarmRules.address(ok).problem());
        }
        assertEquals("The port '70000' in '127.0.0.1:70000' is not a number from 1 to 65535.",
                SwarmRules.address("127.0.0.1:70000").problem());
        assertTrue(SwarmRules.address("127.0.0.1:").problem().startsWith("The port '' in"));
        assertTrue(SwarmRules.address("127.0.0.1:x").problem().startsWith("The port 'x' in"));
        assertEquals("'300.1.1.1' is not an IPv4 address: write four numbers from 0 to 255, such as 127.0.0.1.",
                SwarmRules.address("300.1.1.1").problem());
        assertTrue(SwarmRules.address(":2377").problem().contains("has no address before its port"));
        assertTrue(SwarmRules.address("my host").problem().contains("is neither an IP address nor a network"));
        assertTrue(SwarmRules.address("[::1").problem().contains("write an IPv6 address as [::1]"));
        assertTrue(SwarmRules.address("").problem().startsWith("Type an address"));
    }

    @Test
    void swarmInitAndServiceCreateAreRefusedInWords() {
        assertEquals("--advertise-addr 1.2.3: '1.2.3' is not an IPv4 address: write four numbers from 0 to 255,"
                + " such as 127.0.0.1.", CliIntents.parse(List.of("swarm", "init", "--advertise-addr", "1.2.3"))
                .problem());
        assertEquals("Dockyard does not know the option --force-new-cluster of docker swarm init.",
                CliIntents.parse(List.of("swarm", "init", "--force-new-cluster")).problem());
        assertTrue(CliIntents.parse(List.of("service", "create", "--name", "my.web", "img")).problem()
                .startsWith("--name my.web: A service name may only use"));
        assertTrue(CliIntents.parse(List.of("service", "create", "--replicas", "1001", "img")).problem()
                .startsWith("--replicas 1001: The number of replicas 1001 is more than Dockyard allows"));
        assertTrue(CliIntents.parse(List.of("service", "create", "--name", "web", "Img:1")).problem()
                .startsWith("The image Img:1: Repository names must be lowercase"));
        assertEquals("Missing the image the service runs at the end of: docker service create --name web",
                CliIntents.parse(List.of("service", "create", "--name", "web")).problem());
        assertEquals("Dockyard does not know the option --mode of docker service create.",
                CliIntents.parse(List.of("service", "create", "--mode", "global", "img")).problem());
        assertEquals("A label needs a key before '=': =v",
                CliIntents.parse(List.of("service", "create", "--container-label", "=v", "img")).problem());
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
