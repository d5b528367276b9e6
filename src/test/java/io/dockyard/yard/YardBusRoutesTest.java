package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Relations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the lines to buses run inside a project frame, and where an image's overflow block goes: pure, no scene. */
class YardBusRoutesTest {
    private final EngineState shop = YardFixtures.busyShop();
    private final YardLayout.Placement placed = YardLayout.compute(shop, 1600, YardLayout.Seating.EMPTY);
    private final Relations relations = Relations.of(shop);

    /** The points of a link's curve, finely enough that no box it passes is skipped. */
    private static List<double[]> points(double[] r) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i <= 400; i++) {
            double t = i / 400.0;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double c = 3 * u * t * t;
            double d = t * t * t;
            out.add(new double[] {a * r[0] + b * r[2] + c * r[4] + d * r[6], a * r[1] + b * r[3] + c * r[5] + d * r[7]});
        }
        return out;
    }

    private static boolean inside(Box b, double[] p) {
        return p[0] > b.x() && p[0] < b.maxX() && p[1] > b.y() && p[1] < b.maxY();
    }

    private ObjectRef net(Relations.Link l) {
        return shop.engineId().ref(Kind.NETWORK, l.networkId());
    }

    private Map<Relations.Link, double[]> routes() {
        Map<Relations.Link, BusTap> taps = BusTap.plan(placed, relations);
        assertEquals(8, taps.size(), "web-1, web-2, admin, api on front; api, admin, db, worker on back");
        return taps.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Routes.toBus(placed.box(e.getKey().containerId()), placed.box(net(e.getKey())), e.getValue())));
    }

    @Test
    void noLineToABusCrossesAnotherBusItsContainerIsNotOn() {
        Set<ObjectRef> buses = relations.attachments().stream().map(this::net).filter(n -> placed.box(n) != null)
                .collect(Collectors.toSet());
        assertEquals(2, buses.size(), "shop_front and shop_back; bridge is no bus");
        routes().forEach((link, route) -> {
            Set<ObjectRef> own = relations.attachments().stream()
                    .filter(l -> l.containerId().equals(link.containerId())).map(this::net).collect(Collectors.toSet());
            for (ObjectRef bus : buses) {
                if (!own.contains(bus)) {
                    Box span = placed.box(bus);
                    String who = shop.container(link.containerId()).orElseThrow().name();
                    assertTrue(points(route).stream().noneMatch(p -> inside(span, p)),
                            who + "'s line to " + link.attachment().networkName() + " crosses " + bus + " at " + span);
                }
            }
        });
    }

    @Test
    void linesFromTheTopRowPassUnderNoOtherCard() {
        List<ContainerInstance> members = shop.containers().values().stream()
                .filter(c -> c.composeProject().equals("shop")).toList();
        assertEquals(6, members.size());
        double top = members.stream().mapToDouble(c -> placed.box(c.id()).y()).min().orElseThrow();
        assertTrue(members.stream().anyMatch(c -> placed.box(c.id()).y() > top), "six members make two rows");
        routes().forEach((link, route) -> {
            for (ContainerInstance other : members) {
                if (!other.id().equals(link.containerId())) {
                    Box card = placed.box(other.id());
                    String who = shop.container(link.containerId()).orElseThrow().name();
                    assertTrue(points(route).stream().noneMatch(p -> inside(card, p)),
                            who + "'s line to " + link.attachment().networkName() + " passes under " + other.name());
                }
            }
        });
    }

    @Test
    void eachLineEndsOnItsOwnBus() {
        routes().forEach((link, route) -> {
            Box bus = placed.box(net(link));
            assertTrue(route[6] >= bus.x() && route[6] <= bus.maxX() && route[7] >= bus.y() && route[7] <= bus.maxY(),
                    "ends on " + link.attachment().networkName() + ": " + route[6] + "," + route[7] + " " + bus);
            Box card = placed.box(link.containerId());
            assertTrue(route[0] >= card.x() && route[0] <= card.maxX() && route[1] >= card.y() && route[1] <= card.maxY(),
                    "starts on its card's edge");
        });
    }

    @Test
    void anOverflowBlockTakesTheFreePlaceNearestItsBlueprintNotAFarHole() {
        List<ImageBlueprint> images = new ArrayList<>();
        List<ContainerInstance> cs = new ArrayList<>();
        for (String name : List.of("a-gone", "b-stays", "c-stays", "d-stays", "e-grows")) {
            ImageBlueprint img = YardFixtures.image(name, List.of(name + ":1"), 1000);
            images.add(img);
            for (int i = 0; i < 3; i++) {
                cs.add(YardFixtures.container(name + "-" + i, img, ContainerState.RUNNING, 5 + i));
            }
        }
        YardLayout.Placement first = YardLayout.compute(YardFixtures.state(images, cs), 1600, YardLayout.Seating.EMPTY);
        ImageBlueprint grows = images.get(4);
        Box home = first.seating().blocks().get(BlockKey.image(grows.id())).box();
        Box gone = first.seating().blocks().get(BlockKey.image(images.get(0).id())).box();
        assertTrue(gone.x() < home.x(), "the image that leaves stands in an earlier column: " + gone + " " + home);

        List<ContainerInstance> fewer = new ArrayList<>(cs.subList(3, cs.size()));
        YardLayout.Placement holed = YardLayout.compute(YardFixtures.state(images.subList(1, 5), fewer), 1600, first.seating());
        List<ContainerInstance> more = new ArrayList<>(fewer);
        for (int i = 3; i < YardLayout.SEATS_PER_LANE + 2; i++) {
            more.add(YardFixtures.container("e-grows-" + i, grows, ContainerState.RUNNING, 1));
        }
        YardLayout.Placement grown = YardLayout.compute(YardFixtures.state(images.subList(1, 5), more), 1600, holed.seating());
        Box overflow = grown.seating().blocks().get(BlockKey.image(grows.id()).part(1)).box();
        assertEquals(home.x(), overflow.x(), "right under its blueprint, not in the hole at " + gone + ": " + overflow);
        assertEquals(home.maxY() + YardLayout.LANE_GAP, overflow.y(), "right under its blueprint: " + overflow);
        holed.boxes().forEach((t, b) -> assertEquals(b, grown.box(t), "moved: " + t));
    }

    @Test
    void whenThePlaceUnderItsBlockIsTakenAnOverflowBlockStandsBesideIt() {
        Box home = new Box(YardLayout.MARGIN, YardLayout.MARGIN, 1306, 252);
        Box under = new Box(YardLayout.MARGIN, home.maxY() + YardLayout.LANE_GAP, 1306, 252);
        Flow flow = new Flow(List.of(home, under), 2000);
        Box overflow = flow.placeNear(896, 252, home);
        assertEquals(new Box(home.maxX() + YardLayout.LANE_COLUMN_GAP, home.y(), 896, 252), overflow,
                "beside its block, nearer than under the block below it");
        Box next = flow.placeNear(896, 252, home);
        assertEquals(new Box(overflow.x(), overflow.maxY() + YardLayout.LANE_GAP, 896, 252), next,
                "the next one under the first, still beside its block, not at the foot of the column");
    }
}
