package io.dockyard.engine;

import com.github.dockerjava.api.model.ImageHistory;
import io.dockyard.engine.api.EngineCommands.FileChange;
import io.dockyard.model.Layer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The mapper's text rules, checked against what Docker 20.10 itself prints. */
class ModelMapperTest {

    @Test
    void commandJoinsPathAndArguments() {
        assertEquals("sleep 300", ModelMapper.command("sleep", new String[] {"300"}));
        assertEquals("/docker-entrypoint.sh", ModelMapper.command("/docker-entrypoint.sh", new String[0]));
        assertEquals("/docker-entrypoint.sh", ModelMapper.command("/docker-entrypoint.sh", null));
        assertEquals("", ModelMapper.command(null, null));
        assertEquals("", ModelMapper.command("", new String[0]));
    }

    @Test
    void commandQuotesArgumentsWithSpacesAsTheEngineDoes() {
        // docker create IMAGE sh -c 'echo a b; sleep 1' x  ->  the engine lists: sh -c 'echo a b; sleep 1' x
        assertEquals("sh -c 'echo a b; sleep 1' x",
                ModelMapper.command("sh", new String[] {"-c", "echo a b; sleep 1", "x"}));
    }

    @Test
    void timestampNeverIsNull() {
        assertNull(ModelMapper.timestamp("0001-01-01T00:00:00Z"));
        assertNull(ModelMapper.timestamp(""));
        assertNull(ModelMapper.timestamp(null));
        assertNull(ModelMapper.timestamp("yesterday"));
    }

    @Test
    void timestampReadsDockersNanosecondTimes() {
        assertEquals(Instant.parse("2026-11-27T12:18:03.123456789Z"), ModelMapper.timestamp("2026-11-27T12:18:03.123456789Z"));
        assertEquals(Instant.parse("2026-11-27T12:18:03Z"), ModelMapper.timestamp("2026-11-27T12:18:03Z"));
    }

    @Test
    void theListingsStatusWordsCarryTheExitCodeAndTheHealth() {
        assertEquals(137, ModelMapper.listedExitCode("Exited (137) 2 hours ago"));
        assertEquals(1, ModelMapper.listedExitCode("Restarting (1) 3 seconds ago"));
        assertEquals(0, ModelMapper.listedExitCode("Up 3 minutes"));
        assertEquals(0, ModelMapper.listedExitCode("Created"));
        assertEquals("healthy", ModelMapper.listedHealth("Up 3 minutes (healthy)"));
        assertEquals("unhealthy", ModelMapper.listedHealth("Up 2 hours (unhealthy)"));
        assertEquals("starting", ModelMapper.listedHealth("Up 5 seconds (health: starting)"));
        assertEquals("", ModelMapper.listedHealth("Up 3 minutes (Paused)"));
    }

    @Test
    void historyBecomesLayersOldestFirstWithGapsFilled() {
        List<ImageHistory> newestFirst = List.of(
                new ImageHistory().withId("sha256:top").withCreatedBy("/bin/sh -c #(nop)  CMD [\"sh\"]")
                        .withSize(0L).withCreated(1_700_000_100L),
                new ImageHistory().withId("<missing>").withCreatedBy("ADD rootfs.tar /").withSize(4_261_000L)
                        .withCreated(1_700_000_000L),
                new ImageHistory());
        assertEquals(List.of(new Layer("", "", 0, Instant.EPOCH),
                        new Layer("<missing>", "ADD rootfs.tar /", 4_261_000, Instant.ofEpochSecond(1_700_000_000L)),
                        new Layer("sha256:top", "/bin/sh -c #(nop)  CMD [\"sh\"]", 0, Instant.ofEpochSecond(1_700_000_100L))),
                ModelMapper.layers(newestFirst));
        assertEquals(List.of(), ModelMapper.layers(null));
    }

    /** One mapping for the Changes window and the lessons' probe: 0 modified, 1 added, 2 deleted. */
    @Test
    void diffKindsAreTheEnginesNumbers() {
        assertEquals(FileChange.Kind.CHANGED, ModelMapper.changeKind(0));
        assertEquals(FileChange.Kind.ADDED, ModelMapper.changeKind(1));
        assertEquals(FileChange.Kind.DELETED, ModelMapper.changeKind(2));
        assertEquals(FileChange.Kind.CHANGED, ModelMapper.changeKind(null), "a change of unknown kind is still a change");
        assertEquals(FileChange.Kind.CHANGED, ModelMapper.changeKind(7));
        assertEquals("A /note", new FileChange(ModelMapper.changeKind(1), "/note").toString(), "the probe's line");
        assertEquals(List.of(), ModelMapper.changes(null));
    }
}
