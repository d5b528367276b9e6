package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The first picture is drawn from the engine's container listing alone; what it says must agree
 * with what inspecting the same containers says, field by field, wherever both say it.
 */
@Timeout(120)
class ListedContainersIT {
    private static TestEngine engine;
    private static DockerClient docker;

    @BeforeAll
    static void connect() {
        engine = TestEngine.require();
        docker = DockerClients.forRequests(engine.endpoint());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (engine == null) {
            return; // no engine: the tests were skipped (or failed under CI) before anything was made
        }
        engine.cleanup();
        docker.close();
    }

    @Test
    void theListingAgreesWithInspectionOnEverythingItSays() throws Exception {
        String volume = "dockyard-listed-" + engine.runId();
        engine.docker("volume", "create", "--label", engine.label(), volume);
        try {
            String running = engine.runDetached("--name", "listed-up-" + engine.runId(), "-p", "127.0.0.1::8080",
                    "--expose", "9090/udp", "-v", volume + ":/data", "--label", "role=web",
                    TestEngine.BASE_IMAGE, "sh", "-c", "echo a b; exec sleep 300");
            String exited = engine.runDetached("--name", "listed-done-" + engine.runId(), TestEngine.BASE_IMAGE,
                    "sh", "-c", "exit 3");
            engine.docker("wait", exited);
            String created = engine.docker("create", "--label", engine.label(), "--name", "listed-new-" + engine.runId(),
                    TestEngine.BASE_IMAGE, "true");

            List<Container> listed = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of("dockyard.test", engine.runId())).exec();
            assertEquals(new HashSet<>(List.of(running, exited, created)),
                    new HashSet<>(listed.stream().map(Container::getId).toList()));
            for (Container c : listed) {
                ContainerInstance fromList = ModelMapper.container(c);
                ContainerInstance inspected = ModelMapper.container(docker.inspectContainerCmd(c.getId()).exec(),
                        Instant.now());
                String which = fromList.name();
                assertEquals(inspected.name(), fromList.name());
                assertEquals(inspected.imageId(), fromList.imageId(), which);
                assertEquals(inspected.imageRef(), fromList.imageRef(), which);
                assertEquals(inspected.command(), fromList.command(), which);
                assertEquals(inspected.state(), fromList.state(), which);
                assertEquals(inspected.exitCode(), fromList.exitCode(), which);
                assertEquals(inspected.ports(), fromList.ports(), which);
                assertEquals(inspected.mounts(), fromList.mounts(), which);
                assertEquals(inspected.networks(), fromList.networks(), which);
                assertEquals(inspected.labels(), fromList.labels(), which);
                assertEquals(inspected.health(), fromList.health(), which);
                assertEquals(inspected.created().getEpochSecond(), fromList.created().getEpochSecond(), which);
                assertNull(fromList.started(), "the listing has no start time; the inspection brings it");
                assertEquals(ContainerInstance.SIZE_UNKNOWN, fromList.writableSize());
            }
            ContainerInstance done = ModelMapper.container(listed.stream().filter(c -> c.getId().equals(exited))
                    .findFirst().orElseThrow());
            assertEquals(ContainerState.EXITED, done.state());
            assertEquals(3, done.exitCode());
        } finally {
            engine.cleanup();
            engine.tryDocker("volume", "rm", volume);
        }
    }
}
