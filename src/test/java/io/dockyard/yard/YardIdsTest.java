package io.dockyard.yard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YardIdsTest {
    @Test
    void anEnginesTagFollowsTheKind() {
        assertEquals("container-abcdefabcdef-0123456789ab", YardIds.qualify("container-0123456789ab", "abcdefabcdef"));
        assertEquals("swarm-node-e1-k3j2h1g5f4d3", YardIds.qualify("swarm-node-k3j2h1g5f4d3", "e1"));
        assertEquals("project-e1-5a5a5a5a5a5a", YardIds.qualify("project-5a5a5a5a5a5a", "e1"));
    }

    @Test
    void noTagOrNoKindLeavesTheIdAlone() {
        assertEquals("image-0123456789ab", YardIds.qualify("image-0123456789ab", ""));
        assertEquals("yard-filter", YardIds.qualify("yard-filter", "e1"));
    }

    @Test
    void theTagIsTheFirstTwelveHexOfTheIdsSha256() {
        // printf %s abc | sha256sum → ba7816bf8f01cfea…
        assertEquals("ba7816bf8f01", YardView.engineTag("abc"));
    }
}
