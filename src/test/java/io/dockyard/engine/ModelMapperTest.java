package io.dockyard.engine;

import com.github.dockerjava.api.model.ImageHistory;
import io.dockyard.model.FileChange;
import com.github.dockerjava.api.model.Network;
import io.dockyard.engine.discovery.JsonReader;
import io.dockyard.model.Layer;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.VolumeRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void systemDfVolumesCarryTheirSizeCreationAndScope() throws Exception {
        // one entry of GET /system/df's "Volumes", as Docker 20.10 sends it
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonReader.parse("""
                {"CreatedAt":"2026-03-01T10:15:30Z","Driver":"local","Labels":{"com.docker.compose.project":"shop"},
                 "Mountpoint":"/var/lib/docker/volumes/shop_data/_data","Name":"shop_data","Options":null,
                 "Scope":"local","UsageData":{"RefCount":1,"Size":4096}}""");
        VolumeRecord v = ModelMapper.volume(json);
        assertEquals("shop_data", v.name());
        assertEquals("local", v.driver());
        assertEquals("/var/lib/docker/volumes/shop_data/_data", v.mountpoint());
        assertEquals(Instant.parse("2026-03-01T10:15:30Z"), v.created());
        assertEquals("local", v.scope());
        assertEquals(4096, v.size());
        assertEquals("shop", v.composeProject());
    }

    @Test
    void aVolumeTheEngineDidNotMeasureHasNoSize() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonReader.parse(
                "{\"Name\":\"cold\",\"Driver\":\"local\",\"UsageData\":{\"RefCount\":-1,\"Size\":-1}}");
        assertFalse(ModelMapper.volume(json).hasSize());
        assertNull(ModelMapper.volume(json).created());
    }

    @Test
    void networksKeepTheirSubnetsLabelsAndInternalFlag() {
        Network n = new Network();
        set(n, "id", "02aaf1119de04697c55b4ce99f53798e");
        set(n, "name", "shop_back");
        set(n, "driver", "bridge");
        set(n, "scope", "local");
        set(n, "internal", true);
        set(n, "labels", Map.of("com.docker.compose.project", "shop"));
        Network.Ipam ipam = new Network.Ipam().withConfig(new Network.Ipam.Config().withSubnet("172.28.0.0/16"));
        set(n, "ipam", ipam);
        NetworkRecord r = ModelMapper.network(n);
        assertEquals("shop_back", r.name());
        assertEquals("bridge", r.driver());
        assertTrue(r.internal());
        assertEquals(List.of("172.28.0.0/16"), r.subnets());
        assertEquals("shop", r.composeProject());
    }

    @Test
    void mountTypesAreReadOffNameAndSource() {
        assertEquals("volume", ModelMapper.mountType("shop_data", "/var/lib/docker/volumes/shop_data/_data"));
        assertEquals("bind", ModelMapper.mountType("", "/home/me/site"));
        assertEquals("tmpfs", ModelMapper.mountType("", ""), "--mount type=tmpfs has no source on the host");
    }

    /** docker-java's Network has no setters; Jackson fills its fields, and so does this. */
    private static void set(Object bean, String field, Object value) {
        try {
            java.lang.reflect.Field f = bean.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("docker-java's " + bean.getClass().getSimpleName() + " has no field " + field, e);
        }
    }
}
