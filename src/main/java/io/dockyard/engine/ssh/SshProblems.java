package io.dockyard.engine.ssh;

import java.util.Locale;

/** Words for what {@code ssh … docker system dial-stdio} wrote on its stderr when it failed. */
public final class SshProblems {
    private SshProblems() {
    }

    /**
     * @param stderr   what ssh (or the remote docker) wrote, possibly empty
     * @param exitCode ssh's exit code (255 is ssh's own failure; others come from the remote command)
     */
    public static String describe(SshTarget target, String stderr, int exitCode) {
        String text = stderr == null ? "" : stderr.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        String host = target.host() + (target.port() > 0 ? " (port " + target.port() + ")" : "");
        if (lower.contains("remote host identification has changed")) {
            return "The host key of " + host + " has CHANGED since ssh last saw it, so Dockyard did not connect:"
                    + " someone may be in the middle, or the host was reinstalled. Check with its owner, then fix"
                    + " ~/.ssh/known_hosts as `" + target.terminalCommand() + "` explains.";
        }
        if (lower.contains("host key verification failed") || lower.contains("no host key is known")) {
            return "The host key of " + host + " is not known, so Dockyard did not connect. Connect once with `"
                    + target.terminalCommand() + "` in a terminal to check the key and accept it; then Dockyard"
                    + " connects by itself.";
        }
        if (lower.contains("cannot connect to the docker daemon") || lower.contains("permission denied while")) {
            return "ssh reached " + host + ", but docker there could not reach its engine: " + lastLine(text);
        }
        if (lower.contains("permission denied (") || lower.contains("too many authentication failures")) {
            return "The ssh server " + host + " refused the key of " + (target.user().isEmpty() ? "your user"
                    : "user " + target.user()) + " (" + lastLine(text) + "). Dockyard uses the keys ssh itself"
                    + " uses (ssh-agent, ~/.ssh/config) and never asks for a password or passphrase: add your key"
                    + " with ssh-add, or put its public key in ~/.ssh/authorized_keys of that user on "
                    + target.host() + ".";
        }
        if (lower.contains("connection refused")) {
            return "Nothing answers ssh at " + host + " (connection refused). Is sshd running there, and is"
                    + " the port right?";
        }
        if (lower.contains("timed out") || lower.contains("timeout")) {
            return target.host() + " did not answer ssh within " + SshTarget.CONNECT_TIMEOUT_SECONDS
                    + " seconds (timed out). Is it up, and reachable from this machine?";
        }
        if (lower.contains("could not resolve hostname") || lower.contains("name or service not known")) {
            return "The host name " + target.host() + " is unknown (ssh could not resolve it). Check the address.";
        }
        if (exitCode == 127 || lower.contains("command not found") || lower.contains("docker: not found")) {
            return target.host() + " has no docker command for " + (target.user().isEmpty() ? "your user"
                    : "user " + target.user()) + " (" + lastLine(text) + "). Install Docker there, or put"
                    + " docker on that user's PATH.";
        }
        return "ssh to " + host + " failed" + (exitCode >= 0 ? " (exit " + exitCode + ")" : "")
                + (text.isEmpty() ? ", saying nothing." : ": " + lastLine(text));
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].trim();
            }
        }
        return "no message";
    }
}
