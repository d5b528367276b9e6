package io.dockyard.model;

import io.dockyard.testing.ModelFixtures;
import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ImageAction;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.NoEngine;
import io.dockyard.model.EngineEvent.Resync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.dockyard.testing.ModelFixtures.T0;
import static io.dockyard.testing.ModelFixtures.container;
import static io.dockyard.testing.ModelFixtures.containerId;
import static io.dockyard.testing.ModelFixtures.event;
import static io.dockyard.testing.ModelFixtures.image;
import static io.dockyard.testing.ModelFixtures.imageId;
import static io.dockyard.testing.ModelFixtures.nanos;
import static io.dockyard.testing.ModelFixtures.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test (at least) for each event the reducer knows, fed by hand: no engine. */
class EngineReducerTest {
    private static final String ENDPOINT = "unix:///var/run/docker.sock";
    private static final String WEB = containerId(1);
    private static final String DB = containerId(2);
    private static final String BASE = imageId(1);
    private static final String APP = imageId(2);
    private static final Instant T1 = T0.plusSeconds(1);

    private final EngineState empty = EngineState.empty(Connection.connecting(ENDPOINT, "default socket"));

    private EngineState yard(ContainerInstance... containers) {
        return EngineReducer.reduce(empty, new Resync(T0, List.of(image(BASE, "base:1"), image(APP, "app:1")),
                List.of(containers)));
    }

    private static ContainerInstance only(EngineState s, String id) {
        return s.container(id).orElseThrow(() -> new AssertionError(id + " not in the model: " + s.containers().keySet()));
    }

    // ---- containers

    @Test
    void createWithDetailsStoresTheInspectedContainer() {
        ContainerInstance inspected = container(WEB, "web-1", BASE, ContainerState.CREATED, 0, T0);
        EngineState s = EngineReducer.reduce(empty, event(ContainerAction.CREATE, WEB, T0, inspected));
        assertEquals(inspected, only(s, WEB));
    }

    @Test
    void createWithoutDetailsMakesASkeletonFromTheAttributes() {
        EngineState s = EngineReducer.reduce(empty, event(ContainerAction.CREATE, WEB, T0, "name", "shop-web"));
        ContainerInstance c = only(s, WEB);
        assertEquals("shop-web", c.name());
        assertEquals("dockyard-test/base:1", c.imageRef());
        assertEquals("", c.imageId(), "no image id is guessed from a reference");
        assertEquals(ContainerState.CREATED, c.state());
        assertEquals("Created", c.status());
        assertEquals(T0, c.created());
        assertNull(c.started());
        assertEquals(0, c.pid());
        assertTrue(!c.hasWritableSize());
    }

    @Test
    void startMakesACreatedContainerRunningFromTheEventTime() {
        EngineState s = yard(container(WEB, "web-1", BASE, ContainerState.CREATED, 0, T0.minusSeconds(5)));
        ContainerInstance c = only(EngineReducer.reduce(s, event(ContainerAction.START, WEB, T1)), WEB);
        assertEquals(ContainerState.RUNNING, c.state());
        assertEquals(T1, c.started());
        assertEquals("Up Less than a second", c.status());
    }

    @Test
    void dieTakesTheExitCodeFromTheAttribute() {
        EngineState s = yard(running(WEB, "web-1", BASE));
        ContainerInstance c = only(EngineReducer.reduce(s, event(ContainerAction.DIE, WEB, T1, "exitCode", "137")), WEB);
        assertEquals(ContainerState.EXITED, c.state());
        assertEquals(137, c.exitCode());
        assertEquals(T1, c.finished());
        assertEquals(0, c.pid(), "an exited container has no process");
        assertEquals("Exited (137) Less than a second ago", c.status());
    }

    @Test
    void dieWithoutAReadableExitCodeKeepsTheLastOne() {
        EngineState s = yard(container(WEB, "web-1", BASE, ContainerState.RUNNING, 3, T0.minusSeconds(60)));
        ContainerInstance c = only(EngineReducer.reduce(s, event(ContainerAction.DIE, WEB, T1, "exitCode", "")), WEB);
        assertEquals(ContainerState.EXITED, c.state());
        assertEquals(3, c.exitCode());
    }

    @ParameterizedTest
    @EnumSource(value = ContainerAction.class, names = {"STOP", "KILL", "OOM", "OTHER", "CREATE"})
    void eventsThatImplyNoStateLeaveAKnownContainerAsItWas(ContainerAction action) {
        // stop, kill and oom are followed by a die that says what happened; a guess here would flicker
        ContainerInstance before = running(WEB, "web-1", BASE);
        EngineState s = EngineReducer.reduce(yard(before), event(action, WEB, T1, "signal", "9"));
        assertEquals(before, only(s, WEB));
    }

    @Test
    void pauseAndUnpauseKeepTheProcessAndItsStartTime() {
        ContainerInstance before = running(WEB, "web-1", BASE); // started 599.95 s before T0
        EngineState paused = EngineReducer.reduce(yard(before), event(ContainerAction.PAUSE, WEB, T1));
        ContainerInstance p = only(paused, WEB);
        assertEquals(ContainerState.PAUSED, p.state());
        assertEquals("Up 10 minutes (Paused)", p.status());
        assertEquals(before.pid(), p.pid());

        ContainerInstance u = only(EngineReducer.reduce(paused, event(ContainerAction.UNPAUSE, WEB, T1)), WEB);
        assertEquals(ContainerState.RUNNING, u.state());
        assertEquals(before.started(), u.started(), "unpause is not a new start");
        assertEquals("Up 10 minutes", u.status());
    }

    @Test
    void restartOfAnExitedContainerRunsItAgain() {
        EngineState s = yard(container(WEB, "web-1", BASE, ContainerState.EXITED, 1, T0.minusSeconds(60)));
        ContainerInstance c = only(EngineReducer.reduce(s, event(ContainerAction.RESTART, WEB, T1)), WEB);
        assertEquals(ContainerState.RUNNING, c.state());
        assertEquals(T1, c.started());
    }

    @Test
    void renameTakesTheNewNameFromTheAttribute() {
        EngineState s = yard(running(WEB, "web-1", BASE));
        EngineState renamed = EngineReducer.reduce(s, event(ContainerAction.RENAME, WEB, T1, "name", "shop",
                "oldName", "/web-1"));
        assertEquals("shop", only(renamed, WEB).name());
        assertEquals(ContainerState.RUNNING, only(renamed, WEB).state());
    }

    @Test
    void destroyRemovesTheContainerAndLeavesTheOthers() {
        EngineState s = yard(running(WEB, "web-1", BASE), running(DB, "db-1", APP));
        EngineState after = EngineReducer.reduce(s, event(ContainerAction.DESTROY, WEB, T1));
        assertEquals(Set.of(DB), after.containers().keySet());
        assertEquals(s.container(DB), after.container(DB));
    }

    @Test
    void healthStatusSetsTheHealth() {
        EngineState s = yard(running(WEB, "web-1", BASE));
        EngineState after = EngineReducer.reduce(s, event(ContainerAction.HEALTH_STATUS, WEB, T1,
                "healthStatus", "unhealthy"));
        assertEquals("unhealthy", only(after, WEB).health());
        assertEquals(ContainerState.RUNNING, only(after, WEB).state());
    }

    @Test
    void otherWithDetailsTakesTheDetails() {
        ContainerInstance before = running(WEB, "web-1", BASE);
        ContainerInstance connected = new ContainerInstance(before.id(), before.name(), before.imageId(),
                before.imageRef(), before.command(), before.state(), before.status(), 0, before.created(),
                before.started(), null, before.pid(), List.of(), List.of(), ModelFixtures.attached("bridge", "shop-net"),
                before.labels(), before.env(), "", 4096);
        EngineState after = EngineReducer.reduce(yard(before), event(ContainerAction.OTHER, WEB, T1, connected));
        assertEquals(List.of("bridge", "shop-net"), only(after, WEB).networkNames());
    }

    @Test
    void detailsOverrideWhatTheEventImplies() {
        // the container started and exited again before the feed inspected it: the inspection wins
        ContainerInstance inspected = container(WEB, "web-1", BASE, ContainerState.EXITED, 2, T0);
        EngineState s = yard(container(WEB, "web-1", BASE, ContainerState.CREATED, 0, T0));
        ContainerInstance c = only(EngineReducer.reduce(s, event(ContainerAction.START, WEB, T1, inspected)), WEB);
        assertEquals(inspected, c);

        ContainerInstance dead = container(WEB, "web-1", BASE, ContainerState.DEAD, 1, T0);
        ContainerInstance d = only(EngineReducer.reduce(s, event(ContainerAction.DIE, WEB, T1, dead, "exitCode", "137")), WEB);
        assertEquals(ContainerState.DEAD, d.state());
        assertEquals(1, d.exitCode(), "the inspected exit code, not the attribute");
    }

    @ParameterizedTest
    @EnumSource(value = ContainerAction.class, mode = EnumSource.Mode.EXCLUDE, names = "CREATE")
    void eventsWithoutDetailsForUnknownContainersAreIgnored(ContainerAction action) {
        EngineState s = yard(running(DB, "db-1", APP));
        EngineState after = EngineReducer.reduce(s, event(action, WEB, T1, "exitCode", "1", "name", "ghost",
                "healthStatus", "healthy"));
        assertEquals(s.containers(), after.containers());
    }

    @Test
    void anUnknownContainerWithInspectedDetailsIsAdded() {
        // the inspection is the engine's own word that the container exists now
        ContainerInstance inspected = running(WEB, "web-1", BASE);
        EngineState after = EngineReducer.reduce(empty, event(ContainerAction.START, WEB, T1, inspected));
        assertEquals(inspected, only(after, WEB));
    }

    @Test
    void aWholeLifecycleWithoutDetailsEndsWithNothing() {
        EngineState s = EngineReducer.reduceAll(empty, List.of(
                event(ContainerAction.CREATE, WEB, T0), event(ContainerAction.START, WEB, T0.plusMillis(5)),
                event(ContainerAction.DIE, WEB, T0.plusMillis(9), "exitCode", "0"),
                event(ContainerAction.DESTROY, WEB, T0.plusMillis(12))));
        assertTrue(s.containers().isEmpty());
        assertEquals(1, s.revision());
    }

    // ---- images

    @ParameterizedTest
    @EnumSource(value = ImageAction.class)
    void imageEventsWithAListingReplaceTheImages(ImageAction action) {
        EngineState s = yard(running(WEB, "web-1", BASE));
        List<ImageBlueprint> now = List.of(image(BASE, "base:1", "base:latest"), image(imageId(3), "new:1"));
        EngineState after = EngineReducer.reduce(s, new ImageChanged(action, imageId(3), T1, nanos(T1), now));
        assertEquals(Set.of(BASE, imageId(3)), after.images().keySet(), action + " replaced the images");
        assertEquals(List.of("base:1", "base:latest"), after.image(BASE).orElseThrow().repoTags());
        assertEquals(s.containers(), after.containers(), "image events leave containers alone");
    }

    @Test
    void tagAndUntagWithAListingShowTheTags() {
        EngineState s = yard();
        EngineState tagged = EngineReducer.reduce(s, new ImageChanged(ImageAction.TAG, BASE, T1, nanos(T1),
                List.of(image(BASE, "base:1", "base:2"), image(APP, "app:1"))));
        assertEquals(List.of("base:1", "base:2"), tagged.image(BASE).orElseThrow().repoTags());
        EngineState untagged = EngineReducer.reduce(tagged, new ImageChanged(ImageAction.UNTAG, BASE, T1, nanos(T1),
                List.of(image(BASE, "base:2"), image(APP, "app:1"))));
        assertEquals(List.of("base:2"), untagged.image(BASE).orElseThrow().repoTags());
    }

    @Test
    void deleteWithoutAListingRemovesTheImageById() {
        EngineState s = yard();
        EngineState after = EngineReducer.reduce(s, new ImageChanged(ImageAction.DELETE, APP, T1, nanos(T1), null));
        assertEquals(Set.of(BASE), after.images().keySet());
    }

    @ParameterizedTest
    @EnumSource(value = ImageAction.class, mode = EnumSource.Mode.EXCLUDE, names = "DELETE")
    void otherImageEventsWithoutAListingChangeNothing(ImageAction action) {
        EngineState s = yard();
        EngineState after = EngineReducer.reduce(s, new ImageChanged(action, APP, T1, nanos(T1), null));
        assertEquals(s.images(), after.images());
        assertEquals(T1, after.lastEventTime(), "the event still counts as seen");
    }

    // ---- connection

    @Test
    void connectionLostKeepsTheModelAndSaysReconnecting() {
        EngineState s = yard(running(WEB, "web-1", BASE));
        EngineState lost = EngineReducer.reduce(s, new ConnectionLost(T1, "the event stream closed"));
        assertEquals(Connection.Status.RECONNECTING, lost.connection().status());
        assertEquals("the event stream closed", lost.connection().detail());
        assertEquals(ENDPOINT, lost.connection().endpoint());
        assertEquals("default socket", lost.connection().source());
        assertEquals(s.containers(), lost.containers());
        assertEquals(s.images(), lost.images());
    }

    @Test
    void aSilentEngineKeepsTheModelAndSaysSinceWhenItLastAnswered() {
        EngineState s = yard(running(WEB, "web-1", BASE));
        EngineState silent = EngineReducer.reduce(s, new EngineEvent.EngineSilent(T1, T0));
        assertEquals(Connection.Status.UNRESPONSIVE, silent.connection().status());
        assertEquals(T0, silent.connection().silentSince());
        assertEquals(ENDPOINT, silent.connection().endpoint());
        assertEquals(s.containers(), silent.containers());
        EngineState back = EngineReducer.reduce(silent, new ConnectionRestored(T1, EngineInfo.UNKNOWN, ENDPOINT, "x"));
        assertEquals(Connection.Status.LIVE, back.connection().status());
        assertEquals(null, back.connection().silentSince(), "only a silent connection has a silence");
    }

    @Test
    void connectionRestoredIsLiveWithTheEndpointSourceAndEngine() {
        EngineState s = EngineReducer.reduceAll(empty, List.of(
                new NoEngine(T0, "no socket", List.of("/var/run/docker.sock: missing")),
                new ConnectionLost(T0, "gone")));
        EngineInfo info = new EngineInfo("20.10.24", "1.41", "linux/amd64", "yard-host");
        EngineState live = EngineReducer.reduce(s, new ConnectionRestored(T1, info, "tcp://10.0.0.5:2376", "DOCKER_HOST"));
        assertEquals(new Connection(Connection.Status.LIVE, "tcp://10.0.0.5:2376", "DOCKER_HOST", ""), live.connection());
        assertEquals(info, live.engine());
        assertEquals(List.of(), live.noEngineTried(), "what was tried no longer matters");
    }

    @Test
    void noEngineListsWhatWasTried() {
        List<String> tried = List.of("DOCKER_HOST: not set", "/var/run/docker.sock: no such file");
        EngineState s = EngineReducer.reduce(empty, new NoEngine(T1, "No Docker engine found.", tried));
        assertEquals(Connection.Status.NO_ENGINE, s.connection().status());
        assertEquals("No Docker engine found.", s.connection().detail());
        assertEquals(tried, s.noEngineTried());
    }

    // ---- resync

    @Test
    void resyncReplacesEverythingWithNothingDoubled() {
        EngineState before = yard(running(WEB, "web-1", BASE), running(DB, "db-1", APP));
        ContainerInstance dbExited = container(DB, "db-1", APP, ContainerState.EXITED, 137, T0);
        String appeared = containerId(3);
        ContainerInstance newcomer = running(appeared, "cache-1", imageId(3));
        EngineState after = EngineReducer.reduce(before, new Resync(T1,
                List.of(image(APP, "app:1"), image(imageId(3), "cache:7"), image(imageId(3), "cache:7")),
                List.of(dbExited, newcomer, newcomer)));
        assertEquals(Set.of(DB, appeared), after.containers().keySet(), "web vanished, cache appeared");
        assertEquals(2, after.containers().size());
        assertEquals(dbExited, only(after, DB), "the listing replaces what the model held");
        assertEquals(Set.of(APP, imageId(3)), after.images().keySet());
        assertEquals(before.connection(), after.connection());
    }

    // ---- revision and event time

    @Test
    void everyReductionBumpsTheRevisionByExactlyOne() {
        EngineState one = EngineReducer.reduce(empty, event(ContainerAction.CREATE, WEB, T0));
        assertEquals(empty.revision() + 1, one.revision());
        EngineState two = EngineReducer.reduceAll(one, List.of(event(ContainerAction.START, WEB, T0),
                event(ContainerAction.DIE, WEB, T1), new ConnectionLost(T1, "gone")));
        assertEquals(one.revision() + 1, two.revision());
        EngineState three = EngineReducer.reduce(two, event(ContainerAction.KILL, containerId(99), T1));
        assertEquals(two.revision() + 1, three.revision(), "an ignored event is still a reduction");
        assertSame(three, EngineReducer.reduceAll(three, List.of()), "nothing to reduce, nothing changes");
    }

    @Test
    void lastEventTimeOnlyMovesForward() {
        Instant late = T0.plusSeconds(10);
        EngineState s = EngineReducer.reduce(empty, event(ContainerAction.CREATE, WEB, late));
        assertEquals(late, s.lastEventTime());
        assertEquals(nanos(late), s.lastEventNano());

        EngineState older = EngineReducer.reduceAll(s, List.of(event(ContainerAction.START, WEB, T0),
                new ImageChanged(ImageAction.TAG, BASE, T0, nanos(T0), null), new ConnectionLost(T1, "gone")));
        assertEquals(late, older.lastEventTime(), "an older event does not move the time back");
        assertEquals(nanos(late), older.lastEventNano());

        Instant later = late.plusNanos(1);
        EngineState newer = EngineReducer.reduce(older, event(ContainerAction.DIE, WEB, later, "exitCode", "0"));
        assertEquals(later, newer.lastEventTime());
    }

    @Test
    void reducingLeavesTheGivenStateUntouched() {
        EngineState s = yard(running(WEB, "web-1", BASE));
        EngineState copy = new EngineState(s.revision(), s.objects(), s.connection(), s.engine(),
                s.lastEventTime(), s.lastEventNano(), s.noEngineTried());
        EngineReducer.reduceAll(s, List.of(event(ContainerAction.DESTROY, WEB, T1),
                new ImageChanged(ImageAction.DELETE, BASE, T1, nanos(T1), null)));
        assertEquals(copy, s);
    }
}
