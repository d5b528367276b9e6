package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.dockyard.yard.YardFixtures.container;
import static io.dockyard.yard.YardFixtures.image;
import static io.dockyard.yard.YardFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YardLayoutTest {
    private final ImageBlueprint nginx = image("nginx", List.of("nginx:1.27"), 1000, 2000);
    private final ImageBlueprint busybox = image("busybox", List.of("busybox:1.36"), 500);
    private final ImageBlueprint none = image("none", List.of(), 10);

    private List<ContainerInstance> some(ImageBlueprint image, String prefix, int n) {
        List<ContainerInstance> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(container(prefix + i, image, ContainerState.RUNNING, 100 - i));
        }
        return list;
    }

    private static YardLayout.Placement layout(EngineState s, YardLayout.Placement before) {
        return YardLayout.compute(s, 1200, before == null ? YardLayout.Seating.EMPTY : before.seating());
    }

    private static void assertUnmoved(YardLayout.Placement before, YardLayout.Placement after, String except) {
        for (Map.Entry<Target, Box> e : before.boxes().entrySet()) {
            if (!(e.getKey() instanceof ObjectRef r && r.id().equals(except)) && after.boxes().containsKey(e.getKey())) {
                assertEquals(e.getValue(), after.box(e.getKey()), "moved: " + e.getKey());
            }
        }
    }

    @Test
    void everyImageAndContainerGetsABoxAndNoTwoOverlap() {
        List<ContainerInstance> cs = new ArrayList<>(some(nginx, "n", 7));
        cs.addAll(some(busybox, "b", 3));
        YardLayout.Placement p = layout(state(List.of(nginx, busybox, none), cs), null);
        assertEquals(3 + 10, p.boxes().size());
        List<Box> boxes = new ArrayList<>(p.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        assertTrue(p.width() >= 1200);
        for (Box b : boxes) {
            assertTrue(b.maxX() <= p.width() && b.maxY() <= p.height(), "outside the yard: " + b);
        }
    }

    @Test
    void instancesSitBesideTheirBlueprintInTheSameLane() {
        List<ContainerInstance> cs = some(busybox, "b", 5);
        YardLayout.Placement p = layout(state(List.of(nginx, busybox), cs), null);
        Box blueprint = p.box(busybox.id());
        for (ContainerInstance c : cs) {
            Box b = p.box(c.id());
            assertTrue(b.x() > blueprint.maxX(), "instance right of its blueprint");
            assertTrue(b.y() >= blueprint.y() && b.maxY() <= blueprint.y() + YardLayout.LANE_H, "inside the lane");
        }
    }

    @Test
    void firstLayoutFollowsTheYardsReadingOrder() {
        YardLayout.Placement p = layout(state(List.of(none, nginx, busybox), List.of()), null);
        assertTrue(p.box(busybox.id()).y() < p.box(nginx.id()).y(), "busybox before nginx");
        assertTrue(p.box(nginx.id()).y() < p.box(none.id()).y(), "untagged last");
    }

    @Test
    void addingAContainerMovesNothingElse() {
        List<ContainerInstance> cs = new ArrayList<>(some(nginx, "n", 5));
        cs.addAll(some(busybox, "b", 2));
        YardLayout.Placement before = layout(state(List.of(nginx, busybox), cs), null);
        ContainerInstance added = container("late", nginx, ContainerState.CREATED, 0);
        cs.add(added);
        YardLayout.Placement after = layout(state(List.of(nginx, busybox), cs), before);
        assertUnmoved(before, after, added.id());
        assertNotNull(after.box(added.id()));
    }

    @Test
    void removingAContainerMovesNothingElseAndTheHoleIsReusedByTheNextOne() {
        List<ContainerInstance> cs = new ArrayList<>(some(nginx, "n", 6));
        cs.addAll(some(busybox, "b", 2));
        YardLayout.Placement before = layout(state(List.of(nginx, busybox), cs), null);
        ContainerInstance gone = cs.remove(2);
        YardLayout.Placement after = layout(state(List.of(nginx, busybox), cs), before);
        assertUnmoved(before, after, gone.id());
        assertNull(after.box(gone.id()));

        ContainerInstance next = container("next", nginx, ContainerState.CREATED, 0);
        cs.add(next);
        YardLayout.Placement refilled = layout(state(List.of(nginx, busybox), cs), after);
        assertEquals(before.box(gone.id()), refilled.box(next.id()), "takes the freed seat");
        assertUnmoved(after, refilled, next.id());
    }

    @Test
    void manyChangesInARowNeverMoveASurvivor() {
        List<ContainerInstance> cs = new ArrayList<>(some(nginx, "n", 10));
        cs.addAll(some(busybox, "b", 10));
        YardLayout.Placement p = layout(state(List.of(nginx, busybox, none), cs), null);
        Map<String, Box> firstSeen = new HashMap<>();
        for (ContainerInstance c : cs) {
            firstSeen.put(c.id(), p.box(c.id()));
        }
        for (int round = 0; round < 30; round++) {
            if (round % 3 == 0) {
                cs.remove((round * 7) % cs.size());
            } else {
                ContainerInstance c = container("r" + round, round % 2 == 0 ? nginx : none, ContainerState.RUNNING, 0);
                cs.add(c);
            }
            p = layout(state(List.of(nginx, busybox, none), cs), p);
            for (ContainerInstance c : cs) {
                firstSeen.putIfAbsent(c.id(), p.box(c.id()));
                assertEquals(firstSeen.get(c.id()), p.box(c.id()), "moved in round " + round + ": " + c.name());
            }
        }
    }

    @Test
    void aNewImageTakesANewLaneAndMovesNoOther() {
        List<ContainerInstance> cs = some(nginx, "n", 3);
        YardLayout.Placement before = layout(state(List.of(nginx, busybox), cs), null);
        ImageBlueprint alpine = image("alpine", List.of("alpine:3"), 100);
        YardLayout.Placement after = layout(state(List.of(nginx, busybox, alpine), cs), before);
        assertUnmoved(before, after, alpine.id());
        assertNotNull(after.box(alpine.id()));
    }

    @Test
    void aContainerWhoseImageIsGoneKeepsItsLaneWithAMissingImagePlaceholder() {
        List<ContainerInstance> cs = some(nginx, "n", 2);
        YardLayout.Placement before = layout(state(List.of(nginx, busybox), cs), null);
        YardLayout.Placement after = layout(state(List.of(busybox), cs), before);
        assertTrue(after.missingImages().contains(nginx.id()));
        assertEquals(before.box(nginx.id()).y(), after.box(nginx.id()).y());
        for (ContainerInstance c : cs) {
            assertEquals(before.box(c.id()), after.box(c.id()));
        }
    }

    @Test
    void aRemovedImageWithoutContainersFreesItsLane() {
        YardLayout.Placement before = layout(state(List.of(nginx, busybox), List.of()), null);
        YardLayout.Placement after = layout(state(List.of(busybox), List.of()), before);
        assertNull(after.box(nginx.id()));
        assertTrue(after.missingImages().isEmpty());
        assertEquals(before.box(busybox.id()), after.box(busybox.id()));
    }

    @Test
    void aThousandContainersAcrossFiftyImagesAllGetTheirOwnPlace() {
        List<ImageBlueprint> images = new ArrayList<>();
        List<ContainerInstance> cs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ImageBlueprint img = image("img" + i, List.of("img" + i + ":1"), 1000L * i + 1);
            images.add(img);
            cs.addAll(some(img, "c" + i + "-", 20));
        }
        YardLayout.Placement p = layout(state(images, cs), null);
        assertEquals(1050, p.boxes().size());
        List<Box> boxes = new ArrayList<>(p.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void aFullLaneContinuesInAnExtensionLaneAndNothingMoves() {
        List<ContainerInstance> cs = new ArrayList<>(some(nginx, "n", YardLayout.SEATS_PER_LANE));
        cs.addAll(some(busybox, "b", 2));
        YardLayout.Placement before = layout(state(List.of(nginx, busybox), cs), null);
        ContainerInstance overflow = container("overflow", nginx, ContainerState.CREATED, 0);
        cs.add(overflow);
        YardLayout.Placement after = layout(state(List.of(nginx, busybox), cs), before);
        assertUnmoved(before, after, overflow.id());
        Box box = after.box(overflow.id());
        for (Map.Entry<Target, Box> e : after.boxes().entrySet()) {
            if (!(e.getKey() instanceof ObjectRef r && r.id().equals(overflow.id()))) {
                assertFalse(box.intersects(e.getValue()), "overlaps " + e.getKey());
            }
        }
    }

    @Test
    void aBigYardIsLaidOutAsAGridRoughlyTheShapeOfAWindow() {
        List<ImageBlueprint> images = new ArrayList<>();
        List<ContainerInstance> cs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ImageBlueprint img = image("grid" + i, List.of("grid" + i + ":1"), 1000L * i + 1);
            images.add(img);
            cs.addAll(some(img, "g" + i + "-", 20));
        }
        YardLayout.Placement empty = layout(state(List.of(), List.of()), null);
        YardLayout.Placement p = layout(state(images, cs), empty);
        double aspect = p.width() / p.height();
        assertTrue(aspect > 0.8 && aspect < 3.2, "width/height " + aspect);
    }
}
