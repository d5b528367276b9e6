package io.dockyard.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The docker CLI flags an endpoint gives for journal lines, and the words on how exposed it is. */
class EngineEndpointTest {

    private static EngineEndpoint plain(String host) {
        return new EngineEndpoint(host, false, null, "DOCKER_HOST", "DOCKER_HOST is set.");
    }

    @Test
    void aContextIsReachedByItsName() {
        EngineEndpoint staging = plain("tcp://10.0.0.7:2376").withContext("staging");

        assertEquals(List.of("--context", "staging"), staging.cliFlags());
        assertEquals("docker --context staging stop web", "docker " + staging.cliFlagText() + " stop web");
    }

    @Test
    void anAddressWithoutContextIsReachedWithDashH() {
        EngineEndpoint fromEnv = plain("tcp://10.0.0.7:2375");

        assertNull(fromEnv.context(), "the old constructors name no context");
        assertEquals(List.of("-H", "tcp://10.0.0.7:2375"), fromEnv.cliFlags());
        assertEquals("-H unix:///var/run/docker.sock", plain("unix:///var/run/docker.sock").cliFlagText());
        assertEquals("-H ssh://me@build:2222", plain("ssh://me@build:2222").cliFlagText());
    }

    @Test
    void verifiedTlsWithoutContextNamesTheCertificateFiles() {
        EngineEndpoint tls = new EngineEndpoint("tcp://h:2376", true, "/home/me/my certs", "typed address", "");

        assertEquals("-H tcp://h:2376 --tlsverify --tlscacert '/home/me/my certs/ca.pem'"
                + " --tlscert '/home/me/my certs/cert.pem' --tlskey '/home/me/my certs/key.pem'", tls.cliFlagText());
    }

    @Test
    void aContextNameTheShellWouldSplitIsQuoted() {
        assertEquals("--context 'it'\\''s mine'", plain("tcp://h:1").withContext("it's mine").cliFlagText());
    }

    @Test
    void theApiVersionKeepsTheContext() {
        EngineEndpoint e = plain("tcp://h:1").withContext("ci").withSshConfig("/t/ssh_config").withApiVersion("1.41");

        assertEquals("ci", e.context());
        assertEquals("/t/ssh_config", e.sshConfig());
        assertEquals("1.41", e.apiVersion());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tcp://10.0.0.7:2375        | false | -      | unencrypted and unauthenticated",
        "tcp://build.example:2375   | false | -      | unencrypted and unauthenticated",
        "tcp://0.0.0.0:2375         | false | -      | unencrypted and unauthenticated",
        "tcp://127.0.0.1:2375       | false | -      | ''",
        "tcp://127.3.4.5:2375       | false | -      | ''",
        "tcp://localhost:2375       | false | -      | ''",
        "tcp://[::1]:2375           | false | -      | ''",
        "tcp://10.0.0.7:2376        | true  | /certs | ''",
        "tcp://10.0.0.7:2376        | false | /certs | encrypted, but the engine's certificate is not verified",
        "ssh://me@10.0.0.7          | false | -      | ''",
        "unix:///var/run/docker.sock| false | -      | ''",
        "npipe:////./pipe/docker_engine | false | - | ''",
    })
    void exposureIsWordedForTheStatusBar(String host, boolean tls, String certs, String words) {
        EngineEndpoint e = new EngineEndpoint(host, tls, certs.equals("-") ? null : certs, "typed address", "");

        assertEquals(words, e.exposure().words());
        assertEquals(!words.isEmpty(), e.exposure().isWarning());
    }
}
