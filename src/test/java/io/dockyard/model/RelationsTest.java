package io.dockyard.model;

import io.dockyard.testing.EventSamples;
import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dockyard.testing.ModelFixtures.T0;
import static io.dockyard.testing.ModelFixtures.containerId;
import static io.dockyard.testing.ModelFixtures.imageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelationsTest {
    private static final NetworkRecord SHOP_NET = withProject(EventSamples.network("shop_default"), "shop");
    private static final VolumeRecord SHOP_DATA = new VolumeRecord("shop_data", "local", "/v", T0,
            Map.of(Compose.PROJECT_LABEL, "shop"), "local", VolumeRecord.SIZE_UNKNOWN);
    private static final VolumeRecord LOOSE = EventSamples.volume("loose");

    @Test
    void mountsBindsAndAttachmentsComeFromTheContainers() {
        ContainerInstance db = member(1, "shop-db-1", "db", 1,
                List.of(new MountPoint("volume", "shop_data", "/v", "/var/lib/db", false),
                        new MountPoint("bind", "", "/home/me/conf", "/etc/db", true)),
                List.of(new Attachment("", "shop_default", "172.20.0.2", List.of("db", "shop-db-1"))));
        Relations r = Relations.of(state(db));

        assertEquals(List.of(new Relations.Mount(db.id(), "shop_data", "/var/lib/db", true)), r.mountsOf("shop_data"));
        assertEquals(List.of(new Relations.Bind(db.id(), "/home/me/conf", "/etc/db", false)), r.bindsIn(db.id()));
        List<Relations.Link> links = r.attachedTo(SHOP_NET.id());
        assertEquals(1, links.size(), "the attachment names the network by name only; its id is found by name");
        assertEquals("172.20.0.2", links.get(0).attachment().ipAddress());
        assertTrue(r.isUsed("shop_data"));
        assertFalse(r.isUsed("loose"), "a volume no container mounts is unused");
    }

    @Test
    void projectsGatherTheirContainersByServiceAndNumberWithTheirNetworksAndVolumes() {
        ContainerInstance web2 = member(2, "shop-web-2", "web", 2, List.of(), List.of());
        ContainerInstance db = member(1, "shop-db-1", "db", 1, List.of(), List.of());
        ContainerInstance web1 = member(3, "shop-web-1", "web", 1, List.of(), List.of());
        ContainerInstance alone = ModelFixtures.running(containerId(4), "alone", imageId(1));
        Relations r = Relations.of(state(web2, db, web1, alone));

        assertEquals(List.of("shop"), List.copyOf(r.projects().keySet()), "a container without the label is in none");
        ComposeProject shop = r.projects().get("shop");
        assertEquals(List.of(db.id(), web1.id(), web2.id()), shop.containerIds());
        assertEquals(List.of(SHOP_NET.id()), shop.networkIds());
        assertEquals(List.of("shop_data"), shop.volumeNames());
        assertEquals("/srv/shop", shop.workingDir());
    }

    private static ContainerInstance member(int n, String name, String service, int number, List<MountPoint> mounts,
                                            List<Attachment> networks) {
        return new ContainerInstance(containerId(n), name, imageId(1), "base:1", "sh", ContainerState.RUNNING, "", 0,
                T0, T0, null, 100 + n, List.of(), mounts, networks,
                Map.of(Compose.PROJECT_LABEL, "shop", Compose.SERVICE_LABEL, service,
                        Compose.NUMBER_LABEL, String.valueOf(number), Compose.WORKING_DIR_LABEL, "/srv/shop"),
                List.of(), "", ContainerInstance.SIZE_UNKNOWN);
    }

    private static NetworkRecord withProject(NetworkRecord n, String project) {
        return new NetworkRecord(n.id(), n.name(), n.driver(), n.scope(), n.internal(), n.created(),
                Map.of(Compose.PROJECT_LABEL, project), n.subnets());
    }

    private static EngineState state(ContainerInstance... containers) {
        List<EngineObject> all = new ArrayList<>(List.of(containers));
        all.add(SHOP_NET);
        all.add(SHOP_DATA);
        all.add(LOOSE);
        all.add(ModelFixtures.image(imageId(1), "base:1"));
        return EngineState.empty(Connection.connecting("unix:///x", "test")).withObjects(Catalogs.of(all));
    }
}
