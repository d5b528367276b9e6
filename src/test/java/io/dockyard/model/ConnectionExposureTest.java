package io.dockyard.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words on how exposed the engine is stay with the connection through its phases. */
class ConnectionExposureTest {

    @Test
    void theOldFactoriesSayNothingAboutExposure() {
        assertEquals("", Connection.connecting("unix:///var/run/docker.sock", "default socket").exposure());
        assertEquals("", new Connection(Connection.Status.LIVE, "tcp://h:2375", "DOCKER_HOST", "", "").exposure());
    }

    @Test
    void exposureSurvivesPhaseChangesAndSilence() {
        Connection live = new Connection(Connection.Status.LIVE, "tcp://10.0.0.7:2375", "DOCKER_HOST", "set", "")
                .withExposure("unencrypted and unauthenticated");

        Connection lost = live.with(Connection.Status.RECONNECTING, "the engine went away");
        Connection silent = live.silent(Instant.EPOCH);

        assertEquals("unencrypted and unauthenticated", lost.exposure());
        assertEquals("the engine went away", lost.detail());
        assertEquals("unencrypted and unauthenticated", silent.exposure());
        assertEquals(Instant.EPOCH, silent.silentSince());
    }
}
