package io.dockyard.inspect;

import io.dockyard.model.Attachment;
import io.dockyard.model.Catalogs;
import io.dockyard.model.Compose;
import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineId;
import io.dockyard.model.EngineObject;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.MountPoint;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.VolumeRecord;
import io.dockyard.testing.ModelFixtures;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector shows a volume with who uses it and since when, a network with its containers, a project by service. */
@ExtendWith(ApplicationExtension.class)
class InspectorTargetsFxTest {
    private static final EngineId ENGINE = new EngineId("e1", "local");
    private static final VolumeRecord DATA = new VolumeRecord("shop_data", "local", "/var/lib/docker/volumes/shop_data",
            ModelFixtures.T0, Map.of(Compose.PROJECT_LABEL, "shop"), "local", 2048);
    private static final NetworkRecord NET = new NetworkRecord(ModelFixtures.hex64("net"), "shop_default", "bridge",
            "local", false, ModelFixtures.T0, Map.of(Compose.PROJECT_LABEL, "shop"), List.of("172.20.0.0/16"));
    private static final ContainerInstance DB = new ContainerInstance(ModelFixtures.containerId(1), "shop-db-1",
            ModelFixtures.imageId(1), "base:1", "sh", ContainerState.RUNNING, "", 0, ModelFixtures.T0.minusSeconds(7200),
            ModelFixtures.T0.minusSeconds(3600), null, 10,
            List.of(), List.of(new MountPoint("volume", "shop_data", "/v", "/var/lib/db", true),
            new MountPoint("bind", "", "/home/me/conf", "/etc/db", false)),
            List.of(new Attachment(NET.id(), "shop_default", "172.20.0.2", List.of("db"))),
            Map.of(Compose.PROJECT_LABEL, "shop", Compose.SERVICE_LABEL, "db"), List.of(), "", -1);
    private InspectorView inspector;

    @Start
    void start(Stage stage) {
        inspector = new InspectorView(Clock.fixed(ModelFixtures.T0, ZoneOffset.UTC));
        stage.setScene(new Scene(inspector, 400, 600));
        stage.show();
    }

    private void show(FxRobot robot, io.dockyard.model.Target target) {
        EngineState state = EngineState.empty(Connection.connecting("", ""))
                .withObjects(Catalogs.of(List.<EngineObject>of(DATA, NET, DB)));
        robot.interact(() -> {
            inspector.show(state);
            inspector.select(target);
        });
    }

    @Test
    void aVolumeSaysWhoMountsItWhereAndSinceWhen(FxRobot robot) {
        show(robot, ENGINE.ref(Kind.VOLUME, "shop_data"));
        assertEquals("/var/lib/docker/volumes/shop_data", inspector.valueOf("mountpoint"));
        assertEquals("2.0 KB", inspector.valueOf("size").replace("kB", "KB").replace("KiB", "KB"));
        String user = inspector.valueOf("user-0");
        assertTrue(user.startsWith("shop-db-1 (running) at /var/lib/db, read-write · mounted since "), user);
        assertTrue(user.contains("(2 hours ago) · in use since ") && user.endsWith("(about an hour ago)"), user);
    }

    @Test
    void aNetworkListsEachContainerWithItsAddressAndAliases(FxRobot robot) {
        show(robot, ENGINE.ref(Kind.NETWORK, NET.id()));
        assertEquals("172.20.0.0/16", inspector.valueOf("subnet"));
        assertEquals("no", inspector.valueOf("internal"));
        assertEquals("shop-db-1 (running)  172.20.0.2  aliases: db", inspector.valueOf("attached-0"));
    }

    @Test
    void aProjectShowsItsServicesNetworksAndVolumes(FxRobot robot) {
        show(robot, new ProjectRef(ENGINE, "shop"));
        assertEquals("db: shop-db-1 (running)", inspector.valueOf("service-0"));
        assertEquals("shop_default  172.20.0.0/16", inspector.valueOf("network-0"));
        assertTrue(inspector.valueOf("volume-0").startsWith("shop_data  "), inspector.valueOf("volume-0"));
    }

    @Test
    void aContainerShowsVolumesApartFromBindsAndItsNetworks(FxRobot robot) {
        show(robot, ENGINE.ref(Kind.CONTAINER, DB.id()));
        assertEquals("volume shop_data → /var/lib/db", inspector.valueOf("mount-0"));
        assertEquals("bind /home/me/conf (host folder) → /etc/db, read-only", inspector.valueOf("mount-1"));
        assertEquals("shop_default  172.20.0.2  aliases: db", inspector.valueOf("network-0"));
    }
}
