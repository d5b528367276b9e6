package io.dockyard.engine.ssh;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ssh command line for an ssh:// engine: never prompting, with a deadline, user and port from the URL. */
class SshTargetTest {

    @Test
    void userPortAndConfigComeFromTheAddress() {
        SshTarget t = SshTarget.parse("ssh://deploy@build.example:2222", "/tmp/t/ssh_config");

        assertEquals(new SshTarget("deploy", "build.example", 2222, "/tmp/t/ssh_config"), t);
        assertEquals(List.of("ssh", "-F", "/tmp/t/ssh_config", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10",
                "-o", "ServerAliveInterval=10", "-o", "ServerAliveCountMax=3", "-T", "-l", "deploy", "-p", "2222",
                "--", "build.example", "docker", "system", "dial-stdio"), t.dialCommand());
        assertEquals("ssh -p 2222 deploy@build.example", t.terminalCommand());
    }

    @Test
    void withoutUserOrPortSshChoosesAsInATerminal() {
        SshTarget t = SshTarget.parse("ssh://build.example", null);

        assertEquals(List.of("ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", "-o", "ServerAliveInterval=10",
                "-o", "ServerAliveCountMax=3", "-T", "--", "build.example", "docker", "system", "dial-stdio"),
                t.dialCommand());
        assertEquals("ssh build.example", t.terminalCommand());
    }

    @Test
    void anIpv6HostLosesItsBrackets() {
        SshTarget t = SshTarget.parse("ssh://me@[::1]:22", null);

        assertEquals("::1", t.host());
        assertEquals(22, t.port());
        assertEquals("me@::1", t.login());
    }
}
