package io.dockyard.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates made by {@code openssl} for a test-owned TLS engine: a CA, a server certificate for
 * {@code IP:127.0.0.1}, and client folders laid out as the docker CLI wants them (ca.pem, cert.pem, key.pem).
 */
public final class TlsCertificates {
    private final Path dir;

    private TlsCertificates(Path dir) {
        this.dir = dir;
    }

    /** Makes the CA, the server certificate and a good client folder under {@code dir}. */
    public static TlsCertificates create(Path dir) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            throw TestEnv.missing("no /usr/bin/openssl to make test certificates");
        }
        TlsCertificates certs = new TlsCertificates(dir);
        certs.ca("ca");
        certs.signed("server", "ca", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        certs.signed("client", "ca", "extendedKeyUsage=clientAuth\n");
        return certs;
    }

    public Path caCert() {
        return dir.resolve("ca/cert.pem");
    }

    public Path serverCert() {
        return dir.resolve("server/cert.pem");
    }

    public Path serverKey() {
        return dir.resolve("server/key.pem");
    }

    /** A folder with ca.pem, cert.pem and key.pem that the engine accepts. */
    public Path goodClient() throws IOException {
        return clientFolder("good", caCert(), dir.resolve("client"));
    }

    /** A client folder whose ca.pem is another CA's, so the engine's certificate is not trusted. */
    public Path wrongCa() throws IOException {
        ca("other-ca");
        return clientFolder("wrong-ca", dir.resolve("other-ca/cert.pem"), dir.resolve("client"));
    }

    /** A client folder whose cert.pem another CA signed, so the engine refuses it. */
    public Path foreignClient() throws IOException {
        ca("other-ca");
        signed("foreign", "other-ca", "extendedKeyUsage=clientAuth\n");
        return clientFolder("foreign-client", caCert(), dir.resolve("foreign"));
    }

    private Path clientFolder(String name, Path ca, Path client) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.copy(ca, folder.resolve("ca.pem"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(client.resolve("cert.pem"), folder.resolve("cert.pem"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(client.resolve("key.pem"), folder.resolve("key.pem"), StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }

    private void ca(String name) throws IOException {
        Path ca = dir.resolve(name);
        if (Files.exists(ca.resolve("cert.pem"))) {
            return;
        }
        Files.createDirectories(ca);
        openssl(ca, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                "-days", "2", "-subj", "/CN=dockyard test " + name);
    }

    private void signed(String name, String ca, String extensions) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("ext.cnf"), extensions);
        openssl(folder, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "req.csr",
                "-subj", "/CN=" + name);
        Path caDir = dir.resolve(ca);
        openssl(folder, "x509", "-req", "-in", "req.csr", "-CA", caDir.resolve("cert.pem").toString(),
                "-CAkey", caDir.resolve("key.pem").toString(), "-set_serial", Long.toString(System.nanoTime()),
                "-out", "cert.pem", "-days", "2", "-extfile", "ext.cnf");
    }

    private static void openssl(Path in, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
