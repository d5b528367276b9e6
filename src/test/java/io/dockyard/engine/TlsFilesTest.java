package io.dockyard.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TLS files that cannot be used are named, with why, before anything is sent to the engine. */
class TlsFilesTest {
    @TempDir
    Path folder;

    @Test
    void aCaFileThatIsNoCertificateIsNamed() throws IOException {
        Files.writeString(folder.resolve("ca.pem"), "not a certificate\n");
        Files.writeString(folder.resolve("cert.pem"), "x");
        Files.writeString(folder.resolve("key.pem"), "x");

        ConnectionProblem p = assertThrows(ConnectionProblem.class, () -> new TlsFiles(folder).verified());

        assertTrue(p.getMessage().startsWith(folder.resolve("ca.pem") + " is not a PEM certificate ("), p.getMessage());
    }

    @Test
    void aMissingFolderIsSaidSo() {
        Path none = folder.resolve("none");

        ConnectionProblem p = assertThrows(ConnectionProblem.class, () -> new TlsFiles(none).verified());

        assertTrue(p.getMessage().contains("but the folder " + none + " does not exist"), p.getMessage());
    }

    @Test
    void tlsWithoutAFolderSaysWhatToSet() {
        ConnectionProblem p = assertThrows(ConnectionProblem.class, () -> new TlsFiles(null).verified());

        assertTrue(p.getMessage().contains("Set DOCKER_CERT_PATH"), p.getMessage());
    }

    @Test
    void aClientConnectingWithBrokenFilesFailsOnItsFirstRequestNotWhenOpened() throws IOException {
        EngineEndpoint endpoint = new EngineEndpoint("tcp://127.0.0.1:9", true, folder.toString(), "test", "");

        try (var client = DockerEngineClient.open(endpoint)) {
            RuntimeException failure = assertThrows(RuntimeException.class, client::about);
            assertTrue(EngineProblems.describe(failure, endpoint.host()).startsWith("TLS needs ca.pem"),
                    EngineProblems.describe(failure, endpoint.host()));
        }
    }

    @Test
    void tlsWithoutVerifyingTheEngineIsRefusedInWordsNotSentAsPlainHttp() throws IOException {
        EngineEndpoint skip = new EngineEndpoint("tcp://10.0.0.7:2376", false, folder.toString(), "context lab", "")
                .withContext("lab");

        try (var client = DockerEngineClient.open(skip)) {
            RuntimeException failure = assertThrows(RuntimeException.class, client::about);
            assertTrue(EngineProblems.describe(failure, skip.host()).startsWith("Context 'lab' asks for TLS without"
                    + " verifying the engine's certificate (SkipTLSVerify)"), EngineProblems.describe(failure, skip.host()));
        }
    }
}
