package io.dockyard.yard;

import io.dockyard.model.Catalogs;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineObject;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout of volumes, networks, compose projects and big images: pure, no scene. */
class YardLayoutKindsTest {
    private final EngineState kinds = YardFixtures.manyKinds();

    private static YardLayout.Placement layout(EngineState s, YardLayout.Placement before) {
        return YardLayout.compute(s, 1200, before == null ? YardLayout.Seating.EMPTY : before.seating());
    }

    private ObjectRef ref(EngineState s, Kind kind, String id) {
        return s.engineId().ref(kind, id);
    }

    private static boolean contains(Box outer, Box inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.maxX() <= outer.maxX() && inner.maxY() <= outer.maxY();
    }

    /** Every box of {@code before} is in {@code after} at the same place, except the ones named. */
    private static void assertUnmoved(YardLayout.Placement before, YardLayout.Placement after, Target... except) {
        List<Target> skip = List.of(except);
        for (Map.Entry<Target, Box> e : before.boxes().entrySet()) {
            Box now = after.box(e.getKey());
            if (skip.contains(e.getKey()) || now == null) {
                continue;
            }
            boolean bus = e.getKey() instanceof ObjectRef r && r.kind() == Kind.NETWORK;
            if (bus) { // a free bus runs the yard's width: its place is its start
                assertEquals(e.getValue().x(), now.x(), "bus moved: " + e.getKey());
                assertEquals(e.getValue().y(), now.y(), "bus moved: " + e.getKey());
            } else {
                assertEquals(e.getValue(), now, "moved: " + e.getKey());
            }
        }
    }

    private static EngineState with(EngineState s, EngineObject... added) {
        Catalogs.Builder b = s.objects().toBuilder();
        for (EngineObject o : added) {
            b.put(o);
        }
        return s.withObjects(b.build());
    }

    @Test
    void aThousandContainersOfOneImageMakeACompactBlockBesideTheBlueprint() {
        EngineState s = YardFixtures.oneImage(1000);
        YardLayout.Placement p = layout(s, null);
        String image = s.images().keySet().iterator().next();
        Box blueprint = p.box(image);
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (ContainerInstance c : s.containers().values()) {
            Box b = p.box(c.id());
            assertTrue(b.x() > blueprint.maxX(), "beside its blueprint: " + b);
            assertTrue(b.y() >= blueprint.y(), "not above its blueprint: " + b);
            minX = Math.min(minX, b.x());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        double w = maxX - minX;
        double h = maxY - blueprint.y();
        assertTrue(w < 12_000 && h < 12_000, "a block, not a row thousands of boxes long: " + w + " × " + h);
        assertTrue(w / h > 0.5 && w / h < 3, "about as wide as tall: " + w + " × " + h);
    }

    @Test
    void aProjectFrameHoldsItsContainersBusesAndTanksAndNothingElse() {
        YardLayout.Placement p = layout(kinds, null);
        Box frame = p.box(new ProjectRef(kinds.engineId(), "shop"));
        assertNotNull(frame);
        for (ContainerInstance c : kinds.containers().values()) {
            boolean member = c.composeProject().equals("shop");
            assertEquals(member, contains(frame, p.box(c.id())), c.name());
            assertEquals(member, p.box(c.id()).intersects(frame), c.name() + " is outside the frame when it is no member");
        }
        kinds.networks().values().stream().filter(n -> n.composeProject().equals("shop"))
                .forEach(n -> assertTrue(contains(frame, p.box(ref(kinds, Kind.NETWORK, n.id()))), n.name()));
        for (String v : List.of("shop_data", "shop_cache")) {
            assertTrue(contains(frame, p.box(ref(kinds, Kind.VOLUME, v))), v);
        }
        assertFalse(p.box(ref(kinds, Kind.VOLUME, "old-cache")).intersects(frame));
    }

    @Test
    void defaultNetworksGetNoBusFreeVolumesStandLeftOfTheYard() {
        YardLayout.Placement p = layout(kinds, null);
        String bridge = kinds.findNetwork("bridge").orElseThrow().id();
        assertNull(p.box(ref(kinds, Kind.NETWORK, bridge)), "bridge is on every engine: no bus");
        Box old = p.box(ref(kinds, Kind.VOLUME, "old-cache"));
        assertTrue(old.maxX() < 0, "beside the yard, left of its blocks: " + old);
        assertTrue(p.bounds().x() <= old.x(), "inside the yard's bounds");
        List<Box> boxes = new ArrayList<>();
        p.boxes().forEach((t, b) -> {
            if (!(t instanceof ProjectRef)) {
                boxes.add(b);
            }
        });
        Box frame = p.box(new ProjectRef(kinds.engineId(), "shop"));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
            assertTrue(contains(frame, boxes.get(i)) || !boxes.get(i).intersects(frame), "half in the frame: " + boxes.get(i));
        }
    }

    @Test
    void addingOrRemovingAVolumeANetworkOrAProjectMemberMovesNothingElse() {
        YardLayout.Placement before = layout(kinds, null);
        var volume = YardFixtures.volume("new-volume", "", 10);
        EngineState more = with(kinds, volume);
        YardLayout.Placement afterVolume = layout(more, before);
        assertUnmoved(before, afterVolume);
        assertNotNull(afterVolume.box(ref(more, Kind.VOLUME, "new-volume")));

        var net = YardFixtures.network("tools", "", "10.9.0.0/24");
        EngineState evenMore = with(more, net);
        YardLayout.Placement afterNetwork = layout(evenMore, afterVolume);
        assertUnmoved(afterVolume, afterNetwork);
        assertTrue(afterNetwork.box(ref(evenMore, Kind.NETWORK, net.id())).maxY() < 0, "a free bus runs above the yard");

        ContainerInstance api = kinds.findContainer("shop-api-1").orElseThrow();
        ContainerInstance second = YardFixtures.wired("shop-api-2", kinds.image(api.imageId()).orElseThrow(), "shop", "api",
                List.of(), List.of());
        EngineState scaled = with(evenMore, second);
        YardLayout.Placement afterScale = layout(scaled, afterNetwork);
        assertUnmoved(afterNetwork, afterScale);
        assertTrue(contains(afterScale.box(new ProjectRef(scaled.engineId(), "shop")), afterScale.box(second.id())),
                "the new member sits in the frame's free seat");

        EngineState fewer = scaled.withObjects(scaled.objects().toBuilder().remove(Kind.VOLUME, "old-cache")
                .remove(Kind.CONTAINER, kinds.findContainer("ticker").orElseThrow().id()).build());
        assertUnmoved(afterScale, layout(fewer, afterScale));
    }

    @Test
    void aProjectThatOutgrowsItsFrameMovesOnlyItsOwnMembers() {
        YardLayout.Placement p = layout(kinds, null);
        EngineState s = kinds;
        ContainerInstance api = kinds.findContainer("shop-api-1").orElseThrow();
        List<Target> members = new ArrayList<>();
        for (int i = 2; i <= 6; i++) {
            ContainerInstance c = YardFixtures.wired("shop-api-" + i, kinds.image(api.imageId()).orElseThrow(), "shop",
                    "api", List.of(), List.of());
            s = with(s, c);
        }
        YardLayout.Placement grown = layout(s, p);
        Box frame = grown.box(new ProjectRef(s.engineId(), "shop"));
        EngineState last = s;
        last.containers().values().stream().filter(c -> c.composeProject().equals("shop")).forEach(c -> {
            assertTrue(contains(frame, grown.box(c.id())), c.name() + " in the grown frame");
            members.add(ref(last, Kind.CONTAINER, c.id()));
        });
        last.networks().values().stream().filter(n -> n.composeProject().equals("shop"))
                .forEach(n -> members.add(ref(last, Kind.NETWORK, n.id())));
        members.add(ref(last, Kind.VOLUME, "shop_data"));
        members.add(ref(last, Kind.VOLUME, "shop_cache"));
        members.add(new ProjectRef(last.engineId(), "shop"));
        assertUnmoved(p, grown, members.toArray(Target[]::new));
    }

    @Test
    void imageNamesAreCutAtTheEndOfTheRegistryKeepingTheNameAndTag() {
        assertEquals("registry.exa…/base:1.36", ShortName.of("registry.example.com/team/base:1.36", 23));
        assertEquals("busybox:1.36", ShortName.of("busybox:1.36", 23), "what fits is left alone");
        assertEquals("a-very-long-i…:1.36", ShortName.of("a-very-long-image-name-indeed:1.36", 19), "no registry: the tag stays");
        assertEquals("localhost:5000/w…/app", ShortName.of("localhost:5000/web/app", 21), "a registry port is no tag");
        assertEquals("…/base:1.36", ShortName.of("demoyard/base:1.36", 12), "no room for any of the path");
        assertEquals("<none>", ShortName.of("<none>:<none>", 12), "untagged has nothing to keep");
        assertEquals("worker…:2.3", ShortName.of("demoyard/worker:2.3", 11), "the last part is cut, not the tag");
        assertTrue(ShortName.of("registry.example.com/team/base:1.36", 23).endsWith("/base:1.36"));
        assertTrue(ShortName.of("registry.example.com/team/base:1.36", 23).length() <= 23);
    }

    @Test
    void aContainerWithManyBusesHasItsLinksSideBySide() {
        Box instance = new Box(100, 100, 280, 118);
        Box bus = new Box(0, 400, 800, 30);
        double[] a = Routes.toBus(instance, bus, BusTap.straight(-30));
        double[] b = Routes.toBus(instance, bus, BusTap.straight(-6));
        assertEquals(instance.maxY(), a[1], 1e-9, "leaves the instance's bottom edge");
        assertEquals(bus.maxY() - 3, a[7], 1e-9, "ends on the bar");
        assertTrue(Math.abs(a[6] - b[6]) >= 20, "two attachments do not overlap");
    }
}
