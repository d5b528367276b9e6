package io.dockyard.engine.discovery;

import java.nio.file.Path;

/**
 * Probes one socket and prints who probed it and what the probe found, for tests that must run
 * the probe as another user than the test's own (see {@code UnixSocketProbeTest}).
 */
public final class ProbeMain {
    private ProbeMain() {
    }

    public static void main(String[] args) {
        String problem = new UnixSocketProbe().problem(Path.of(args[0])).orElse("answers");
        System.out.println("user " + System.getProperty("user.name"));
        System.out.println("problem " + problem);
    }
}
