package io.dockyard.app;

/**
 * What the command line asked for.
 *
 * @param host   the engine to use ({@code --host}/{@code -H}), or null to look for one
 * @param help   print usage and stop
 * @param timing print start-up timings (also {@code -Ddockyard.timing=true})
 */
public record LaunchOptions(String host, boolean help, boolean timing) {
    public static final String USAGE = """
            usage: dockyard [--host URI]
              -H, --host URI   the Docker engine to use, e.g. unix:///var/run/docker.sock or tcp://host:2376
                               (otherwise DOCKER_HOST, the Docker context, then the usual sockets)
              --timing         print start-up timings
              -h, --help       show this help""";

    public static LaunchOptions defaults() {
        return new LaunchOptions(null, false, Boolean.getBoolean("dockyard.timing"));
    }

    public static LaunchOptions parse(String[] args) {
        String host = null;
        boolean help = false;
        boolean timing = Boolean.getBoolean("dockyard.timing");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-H") || a.equals("--host")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs an engine address, e.g. unix:///var/run/docker.sock");
                }
                host = args[++i];
            } else if (a.startsWith("--host=")) {
                host = a.substring("--host=".length());
            } else if (a.equals("-h") || a.equals("--help")) {
                help = true;
            } else if (a.equals("--timing")) {
                timing = true;
            } else {
                throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new LaunchOptions(host, help, timing);
    }
}
