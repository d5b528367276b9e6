package io.dockyard.intent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CliTargetTest {
    @Test
    void theFlagsFollowTheProgramName() {
        assertEquals("docker --context staging stop web", CliTarget.onto("docker stop web", "--context staging"));
        assertEquals("docker-compose -H tcp://10.0.0.2:2376 -p shop down",
                CliTarget.onto("docker-compose -p shop down", "-H tcp://10.0.0.2:2376"));
    }

    @Test
    void wordsThatSetTheEnvironmentStayInFront() {
        assertEquals("DOCKER_BUILDKIT=0 docker -H ssh://me@build build -t app .",
                CliTarget.onto("DOCKER_BUILDKIT=0 docker build -t app .", "-H ssh://me@build"));
    }

    @Test
    void noFlagsLeaveTheLineAlone() {
        assertEquals("docker ps", CliTarget.onto("docker ps", ""));
        assertEquals("docker ps", CliTarget.onto("docker ps", null));
        assertEquals("docker --context x", CliTarget.onto("docker", "--context x"));
    }
}
