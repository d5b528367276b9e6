package io.dockyard.intent;

import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.PortBinding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {
    private static final EngineState STATE = stateWith(
            new ContainerInstance("c1".repeat(32), "web", "sha256:1", "img", "", ContainerState.RUNNING, "Up", 0,
                    Instant.EPOCH, Instant.EPOCH, null, 7, List.of(new PortBinding("0.0.0.0", 18080, 80, "tcp")),
                    List.of(), List.of(), Map.of(), List.of(), "", -1),
            new ContainerInstance("c2".repeat(32), "old", "sha256:1", "img", "", ContainerState.EXITED, "Exited", 0,
                    Instant.EPOCH, null, null, 0, List.of(new PortBinding("0.0.0.0", 18090, 80, "tcp")),
                    List.of(), List.of(), Map.of(), List.of(), "", -1));

    @Test
    void moreThanFiftyBadInputsEachGiveTheirMessageOnTheirField() {
        List<BadInputs.Case> cases = BadInputs.all("busybox:1.36", "web", 18080, 18099);
        assertTrue(cases.size() > 50, "only " + cases.size() + " cases");
        assertEquals(cases.size(), cases.stream().map(BadInputs.Case::what).distinct().count(), "each named once");
        for (BadInputs.Case c : cases) {
            RunForm.Check check = c.form().check(STATE, (ip, port, protocol) -> port != 18099);
            assertFalse(check.isOk(), c.what() + " was accepted");
            List<String> onField = check.problems().getOrDefault(c.field(), List.of());
            assertTrue(onField.stream().anyMatch(p -> p.contains(c.expected())),
                    c.what() + ": expected '" + c.expected() + "' on " + c.field() + " but got " + check.problems());
        }
    }

    @Test
    void aGoodFormBecomesTheIntent() {
        RunForm form = new RunForm("busybox:1.36", "my-web.1", "18081:80\n127.0.0.1:5353:53/udp, 9000",
                "A=1\nGREETING=hello world\nEMPTY=", "site:/html:ro\n/tmp/x:/x\n/anon",
                "sh -c 'echo \"hi\"; sleep 9'", "on-failure:2", false, Map.of("k", "v"));
        RunForm.Check check = form.check(STATE, HostPorts.assumeFree());
        assertTrue(check.isOk(), check.problems().toString());
        assertEquals("docker run -d --name my-web.1 -p 18081:80 -p 127.0.0.1:5353:53/udp -p 9000 -e A=1 "
                + "-e 'GREETING=hello world' -e EMPTY= -v site:/html:ro -v /tmp/x:/x -v /anon "
                + "--restart on-failure:2 --label k=v busybox:1.36 sh -c 'echo \"hi\"; sleep 9'",
                check.intent().cliLine());
    }

    @Test
    void aPortHeldByAStoppedContainerIsFreeButOneHeldByAnotherProgramIsNot() {
        RunForm form = BadInputs.form("busybox:1.36").ports("18090:80").build();
        assertTrue(form.check(STATE, HostPorts.assumeFree()).isOk());
        RunForm.Check busy = form.check(STATE, (ip, port, proto) -> port != 18090);
        assertTrue(busy.all().get(0).contains("in use on this machine by another program"), busy.all().toString());
    }

    @Test
    void theRealProbeSeesAListeningSocket() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            assertFalse(HostPorts.system().isFree("", taken.getLocalPort(), "tcp"));
        }
    }

    @Test
    void imageReferences() {
        for (String ok : List.of("busybox", "busybox:1.36", "library/busybox:latest", "localhost:5000/a/b:c",
                "registry.example.com/team/app_1.x:v1.2-rc", "sha256:" + "a".repeat(64),
                "busybox@sha256:" + "0".repeat(64))) {
            assertTrue(ImageRefs.reference(ok).isOk(), ok + ": " + ImageRefs.reference(ok).problem());
        }
        for (String bad : List.of("Busybox", "busy box", "a//b", "-a", "a:", "a:b:c", "a@sha256:12")) {
            assertFalse(ImageRefs.reference(bad).isOk(), bad);
        }
        assertFalse(ImageRefs.tagTarget("a@sha256:" + "0".repeat(64)).isOk());
        assertTrue(ImageRefs.tagTarget("mine/app:2").isOk());
    }

    // counter-examples the property tests found (InputRulesProperties), kept as plain examples

    @Test
    void anEmojiInANameIsShownWholeAndCountsAsOneCharacter() {
        assertEquals("A container name must start with a letter or digit, not '\ud83d\udc33'.",
                InputRules.containerName("\ud83d\udc33web").problem());
        assertEquals("A container name needs at least two characters.",
                InputRules.containerName("\ud83d\udc33").problem());
        assertTrue(InputRules.containerName("web\ud83d\udc33").problem().contains("it has '\ud83d\udc33'."));
    }

    @Test
    void anAddressInBracketsMustBeAnIpv6Address() {
        assertEquals("'z' is not an IPv6 address to publish on (such as [::1]).", PortRules.port("[z]:9").problem());
        for (String bad : List.of("[1:2:3:4:5:6:7:8:9]:80:80", "[1::2::3]:80:80", "[fe80::1%eth0]:80:80", "[]:80:80",
                "[12345::1]:80:80", "[::1.2.3]:80:80")) {
            assertTrue(PortRules.port(bad).problem().contains("not an IPv6 address"), bad);
        }
        assertEquals(new PortSpec("::1", 8080, 80, "tcp"), PortRules.port("[::1]:8080:80").value());
        assertEquals(new PortSpec("::", 0, 80, "udp"), PortRules.port("[::]::80/udp").value());
        assertEquals(new PortSpec("::ffff:1.2.3.4", 1, 2, "tcp"), PortRules.port("[::ffff:1.2.3.4]:1:2").value());
        assertEquals(new PortSpec("1:2:3:4:5:6:7:8", 0, 2, "tcp"), PortRules.port("[1:2:3:4:5:6:7:8]:2").value());
    }

    @Test
    void portsAreWrittenInAsciiDigitsAsDockerReadsThem() {
        assertEquals("The container port '\u0668\u0660' is not a number.", PortRules.port("\u0668\u0660").problem());
        assertEquals("The host port '\uff18\uff10' is not a number.", PortRules.port("\uff18\uff10:80").problem());
    }

    @Test
    void aVolumeWithNothingBeforeItsFirstColonIsRefused() {
        // it was read as a read-only anonymous volume, which no docker -v can say
        assertTrue(InputRules.volume(":/a:ro").problem().contains("nothing before the first ':'"));
        assertTrue(InputRules.volume(":/a").problem().contains("write just /path"));
        assertEquals(new VolumeSpec("", "/a", false), InputRules.volume("/a").value());
    }

    @Test
    void aContainerPathEndingInASpaceOrAnInvisibleCharacterIsRefused() {
        // it was accepted, and its CLI form "te:/\u000b" reads back as the root folder
        assertTrue(InputRules.volume("te:/\u000b:rw").problem().contains("ends with a space or an invisible character"));
        assertTrue(InputRules.volume("data:/data :ro").problem().contains("'/data '"));
    }

    private static EngineState stateWith(ContainerInstance... cs) {
        EngineState empty = EngineState.empty(Connection.connecting("", ""));
        java.util.Map<String, ContainerInstance> map = new java.util.HashMap<>();
        for (ContainerInstance c : cs) {
            map.put(c.id(), c);
        }
        return new EngineState(1, io.dockyard.model.Catalogs.of(map.values()), empty.connection(), empty.engine(), null, 0, List.of());
    }
}
