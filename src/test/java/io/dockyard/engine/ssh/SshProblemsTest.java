package io.dockyard.engine.ssh;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What ssh wrote on stderr, in words that say what to do. */
class SshProblemsTest {
    private static final SshTarget TARGET = new SshTarget("deploy", "build.example", 2222, null);

    @Test
    void anUnknownHostKeyTellsHowToAcceptIt() {
        assertEquals("The host key of build.example (port 2222) is not known, so Dockyard did not connect. Connect"
                + " once with `ssh -p 2222 deploy@build.example` in a terminal to check the key and accept it;"
                + " then Dockyard connects by itself.",
                SshProblems.describe(TARGET, "No ED25519 host key is known for [build.example]:2222 and you have"
                        + " requested strict checking.\r\nHost key verification failed.\r\n", 255));
    }

    @Test
    void aChangedHostKeyIsAWarningNotAnInvitation() {
        String words = SshProblems.describe(TARGET, "@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\n"
                + "Host key verification failed.\n", 255);

        assertTrue(words.startsWith("The host key of build.example (port 2222) has CHANGED"), words);
    }

    @Test
    void aRefusedKeyNamesUserAndHost() {
        String words = SshProblems.describe(TARGET, "deploy@build.example: Permission denied (publickey).\n", 255);

        assertTrue(words.startsWith("The ssh server build.example (port 2222) refused the key of user deploy"
                + " (deploy@build.example: Permission denied (publickey)."), words);
    }

    @Test
    void theRemoteDockerNotReachingItsEngineIsNotAnSshRefusal() {
        String words = SshProblems.describe(TARGET, "permission denied while trying to connect to the Docker daemon"
                + " socket at unix:///var/run/docker.sock\n", 1);

        assertTrue(words.startsWith("ssh reached build.example (port 2222), but docker there could not reach its"
                + " engine: permission denied while"), words);
    }

    @Test
    void refusedTimedOutUnknownAndMissingDockerAreEachSaid() {
        assertTrue(SshProblems.describe(TARGET, "ssh: connect to host build.example port 2222: Connection refused", 255)
                .startsWith("Nothing answers ssh at build.example (port 2222) (connection refused)."));
        assertTrue(SshProblems.describe(TARGET, "Connection timed out during banner exchange", 255)
                .startsWith("build.example did not answer ssh within 10 seconds (timed out)."));
        assertTrue(SshProblems.describe(TARGET, "ssh: Could not resolve hostname build.example: Name or service not"
                + " known", 255).startsWith("The host name build.example is unknown"));
        assertTrue(SshProblems.describe(TARGET, "bash: line 1: docker: command not found", 127)
                .startsWith("build.example has no docker command for user deploy"));
        assertEquals("ssh to build.example (port 2222) failed (exit 255), saying nothing.",
                SshProblems.describe(TARGET, "", 255));
    }
}
