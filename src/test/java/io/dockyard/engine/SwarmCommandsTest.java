package io.dockyard.engine;

import io.dockyard.intent.InitSwarm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a swarm init's refusals read and what it listens on, without an engine (SwarmSetupIT does it for real). */
class SwarmCommandsTest {

    @Test
    void anEngineThatCannotChooseItsAddressIsToldToNameOne() {
        String engine = "could not choose an IP address to advertise since this system has multiple addresses on"
                + " different interfaces (10.0.0.5 on eth0 and 192.168.1.9 on wlan0)";
        assertEquals("The engine could not choose an IP address to advertise to other nodes: " + engine + ". Name"
                + " one with --advertise-addr, e.g. docker swarm init --advertise-addr 127.0.0.1 for a swarm of this"
                + " machine only.", SwarmCommands.initProblem(engine));
        assertTrue(SwarmCommands.initProblem("must specify a listening address because the address to advertise is"
                + " not recognized as a system address").contains("--advertise-addr 127.0.0.1"));
    }

    @Test
    void anEngineInASwarmAlreadySaysTheStepPassesAsItIs() {
        String words = SwarmCommands.initProblem("This node is already part of a swarm. Use \"docker swarm leave\""
                + " to leave this swarm and join another one.");
        assertTrue(words.startsWith("This engine is already part of a swarm (the engine said: This node is"), words);
        assertTrue(words.endsWith("passes as it is when this engine is its manager."), words);
        assertTrue(SwarmCommands.initProblem("no such interface").contains("ip addr lists"));
        assertNull(SwarmCommands.initProblem("something else"), "other refusals keep the engine's own words");
    }

    @Test
    void itListensWhereTheCliWouldUnlessTold() {
        assertEquals("0.0.0.0:2377", SwarmCommands.listenAddr(InitSwarm.plain()));
        assertEquals("0.0.0.0:2377", SwarmCommands.listenAddr(new InitSwarm("127.0.0.1", "")));
        assertEquals("127.0.0.1:2477", SwarmCommands.listenAddr(new InitSwarm("", "127.0.0.1:2477")));
    }
}
