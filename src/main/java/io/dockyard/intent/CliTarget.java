package io.dockyard.intent;

/**
 * Aims a docker command line at one engine, as a user would type it with several engines:
 * {@code docker stop web} becomes {@code docker --context staging stop web}. The flags go right
 * after the program's name ({@code docker} or {@code docker-compose}, which take the same ones),
 * past any {@code NAME=value} words in front of it.
 */
public final class CliTarget {
    private CliTarget() {
    }

    /**
     * @param line  a command line as an intent gives it
     * @param flags {@code --context NAME}, {@code -H HOST}, or empty for the CLI's own default engine
     */
    public static String onto(String line, String flags) {
        if (flags == null || flags.isBlank()) {
            return line;
        }
        int at = 0;
        while (true) {
            int end = line.indexOf(' ', at);
            if (end < 0) {
                return line + " " + flags.strip();
            }
            String word = line.substring(at, end);
            if (!word.contains("=")) {
                return line.substring(0, end) + " " + flags.strip() + line.substring(end);
            }
            at = end + 1;
        }
    }
}
