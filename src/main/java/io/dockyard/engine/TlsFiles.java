package io.dockyard.engine;

import com.github.dockerjava.core.util.CertificateUtils;
import com.github.dockerjava.transport.SSLConfig;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Locale;

/**
 * The TLS files of an engine, {@code ca.pem}, {@code cert.pem} and {@code key.pem} in one folder, as the
 * docker CLI keeps them. Each file is checked and read on its own so that a problem names the file;
 * docker-java's own loader quietly falls back to plain HTTP when a file is missing.
 */
final class TlsFiles {
    private static final String KEYSTORE_PASSWORD = "docker";
    private static final int PROBE_TIMEOUT_MILLIS = 3000;
    private final Path folder;
    private volatile SSLContext context;

    TlsFiles(Path folder) {
        this.folder = folder;
    }

    /** A TLS context that verifies the engine against ca.pem and shows it cert.pem; throws a {@link ConnectionProblem}. */
    SSLConfig verified() {
        if (folder == null) {
            throw new ConnectionProblem("TLS verification is on, but no folder with ca.pem, cert.pem and key.pem"
                    + " was given. Set DOCKER_CERT_PATH to that folder, or unset DOCKER_TLS_VERIFY.");
        }
        String ca = read("ca.pem", "the certificate of the authority that signed the engine's certificate");
        String cert = read("cert.pem", "Dockyard's client certificate");
        String key = read("key.pem", "the private key of cert.pem");
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null);
            List<Certificate> authorities = certificates("ca.pem", ca);
            for (int i = 0; i < authorities.size(); i++) {
                trust.setCertificateEntry("ca-" + i, authorities.get(i));
            }
            KeyStore keys = KeyStore.getInstance(KeyStore.getDefaultType());
            keys.load(null);
            keys.setKeyEntry("client", privateKey(key), KEYSTORE_PASSWORD.toCharArray(),
                    certificates("cert.pem", cert).toArray(Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, KEYSTORE_PASSWORD.toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext made = SSLContext.getInstance("TLS");
            made.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            context = made;
            return () -> made;
        } catch (GeneralSecurityException | IOException e) {
            throw new ConnectionProblem("Dockyard could not set up TLS with the files in " + folder + " (" + e.getMessage()
                    + "). Check that cert.pem and key.pem belong together.", e);
        }
    }

    /** Words for a TLS handshake that failed, naming the file at fault, or null when it was not TLS. */
    String explain(Throwable failure, String host) {
        SSLException ssl = null;
        StringBuilder text = new StringBuilder();
        for (Throwable c = failure; c != null && c.getCause() != c; c = c.getCause()) {
            ssl = c instanceof SSLException ? (SSLException) c : ssl;
            text.append(c.getMessage()).append(" / ");
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        if (ssl == null && looksCutOff(lower)) {
            // with TLS 1.3 the engine refuses a client certificate after the handshake: the request
            // then meets either the engine's alert or a reset. A second, bare handshake tells which.
            ssl = probe(host);
            lower = ssl == null ? lower : String.valueOf(ssl.getMessage()).toLowerCase(Locale.ROOT);
        }
        if (ssl == null) {
            return null;
        }
        if (lower.contains("pkix path") || lower.contains("unable to find valid certification path")
                || lower.contains("signature check failed")) {
            return "The engine at " + host + " showed a certificate that " + folder.resolve("ca.pem") + " did not sign,"
                    + " so Dockyard did not trust it. Put the engine's CA certificate in ca.pem (the one dockerd"
                    + " was started with as --tlscacert).";
        }
        if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
            return "The certificate of the engine at " + host + " is not made out for that address (" + ssl.getMessage()
                    + "). Connect with the name or IP its certificate lists, or give the engine a certificate"
                    + " whose subjectAltName includes it.";
        }
        if (lower.contains("bad_certificate") || lower.contains("certificate_required")
                || lower.contains("unknown_ca") || lower.contains("certificate_unknown")) {
            return "The engine at " + host + " refused Dockyard's client certificate " + folder.resolve("cert.pem")
                    + " (" + ssl.getMessage() + "): it is missing, not signed by a CA the engine trusts (its"
                    + " --tlscacert), or not made for client use (extendedKeyUsage clientAuth).";
        }
        if (lower.contains("plaintext") || lower.contains("unrecognized ssl message")) {
            return "The engine at " + host + " does not speak TLS. Use its TLS port (usually 2376), or connect"
                    + " without TLS.";
        }
        return "The TLS connection to " + host + " failed: " + ssl.getMessage() + ". Check the files in " + folder + ".";
    }

    private static boolean looksCutOff(String text) {
        return text.contains("connection reset") || text.contains("broken pipe") || text.contains("socket closed")
                || text.contains("end of stream") || text.contains("remote host terminated");
    }

    /** Shakes hands with the engine once more and asks for /_ping; the TLS failure met, or null when it answered. */
    private SSLException probe(String host) {
        SSLContext made = context;
        URI uri = URI.create(host);
        if (made == null || uri.getHost() == null || uri.getPort() < 0) {
            return null;
        }
        try (SSLSocket socket = (SSLSocket) made.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), PROBE_TIMEOUT_MILLIS);
            socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
            socket.startHandshake();
            socket.getOutputStream().write("GET /_ping HTTP/1.1\r\nHost: docker\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read();
            return null;
        } catch (SSLException refused) {
            return refused;
        } catch (IOException | RuntimeException other) {
            return null;
        }
    }

    private String read(String name, String what) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ConnectionProblem("TLS needs " + name + " (" + what + ") in " + folder + ", but "
                    + (Files.isDirectory(folder) ? "there is no " + file : "the folder " + folder + " does not exist")
                    + ". Nothing was sent to the engine. Put the file there, or point DOCKER_CERT_PATH"
                    + " (or the context) at the folder that holds ca.pem, cert.pem and key.pem.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConnectionProblem(file + " could not be read (" + e.getMessage() + "). Check its permissions.", e);
        }
    }

    /** The certificates in a PEM file, read by the JDK itself. */
    private List<Certificate> certificates(String name, String pem) {
        try {
            List<Certificate> found = List.copyOf(CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
            if (found.isEmpty()) {
                throw new CertificateException("no certificate in it");
            }
            return found;
        } catch (CertificateException e) {
            throw new ConnectionProblem(folder.resolve(name) + " is not a PEM certificate (" + e.getMessage()
                    + "). It must hold -----BEGIN CERTIFICATE----- blocks, as docker and openssl write them.", e);
        }
    }

    /** The private key in key.pem: PKCS#8, or the older RSA and EC forms openssl also writes. */
    private PrivateKey privateKey(String pem) {
        try {
            PrivateKey key = CertificateUtils.loadPrivateKey(pem);
            if (key == null) {
                throw new IOException("no unencrypted private key in it");
            }
            return key;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ConnectionProblem(folder.resolve("key.pem") + " is not a private key Dockyard can read ("
                    + e.getMessage() + "). It must be an unencrypted PEM key, as `openssl genrsa` writes it.", e);
        }
    }
}
