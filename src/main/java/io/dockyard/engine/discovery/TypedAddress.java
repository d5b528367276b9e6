package io.dockyard.engine.discovery;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An engine address a person typed: a socket path ({@code /path/docker.sock} or {@code unix://…}),
 * {@code tcp://host:port} (with a certificate folder for TLS) or {@code ssh://user@host[:port]}.
 */
public final class TypedAddress {
    static final String SOURCE = "typed address";
    private static final String EXAMPLES = "Engine addresses look like /var/run/docker.sock, unix:///var/run/docker.sock,"
            + " tcp://host:2376 (with a folder holding ca.pem, cert.pem and key.pem for TLS), tcp://host:2375"
            + " (plain) or ssh://user@host.";

    private TypedAddress() {
    }

    /**
     * @param typed      what the person typed
     * @param certFolder the folder with ca.pem, cert.pem and key.pem to connect with TLS, or null/blank for none
     * @return the endpoint, or the problem with what a right address looks like; never throws
     */
    public static Discovery parse(String typed, String certFolder) {
        String raw = typed == null ? "" : typed.trim();
        HostAddress address;
        try {
            address = HostAddress.parse(raw.startsWith("/") ? "unix://" + raw : raw);
        } catch (HostAddress.Invalid e) {
            return problem("'" + raw + "' is not an engine address: " + e.getMessage() + ". " + EXAMPLES);
        }
        boolean tls = certFolder != null && !certFolder.isBlank();
        if (tls && address.kind() != HostAddress.Kind.TCP) {
            return problem("A certificate folder is only used with tcp:// engines, and " + address.uri()
                    + " is not one. Leave the folder empty, or type a tcp://host:2376 address.");
        }
        String reason = "You typed " + address.uri() + ".";
        switch (address.kind()) {
            case UNIX:
                Optional<String> trouble = UnixSocketProbe.notASocket(address.socketPath());
                return trouble.map(t -> problem("Dockyard cannot use " + address.socketPath()
                                + (t.startsWith("is ") ? " " : ": ") + t + ". Type the path of a running engine's"
                                + " socket, such as /var/run/docker.sock."))
                        .orElseGet(() -> found(new Endpoint(address.uri(), false, null, SOURCE, reason)));
            case TCP:
                return tls ? withTls(address, certFolder.trim(), reason)
                        : found(new Endpoint(address.uri(), false, null, SOURCE, reason));
            default:
                return found(new Endpoint(address.uri(), false, null, SOURCE, reason));
        }
    }

    private static Discovery withTls(HostAddress address, String folder, String reason) {
        Path certs;
        try {
            certs = Path.of(folder);
        } catch (InvalidPathException e) {
            return problem("'" + folder + "' is not a folder name this system can use (" + e.getReason() + ").");
        }
        List<String> missing = EndpointDiscovery.missingCertFiles(certs);
        if (!missing.isEmpty()) {
            return problem("TLS needs ca.pem, cert.pem and key.pem in " + certs + ", but "
                    + EndpointDiscovery.listed(missing) + ". Choose the folder that holds all three.");
        }
        return found(new Endpoint(address.uri(), true, certs, SOURCE,
                reason.replaceFirst("\\.$", "") + " (TLS, verified against " + certs.resolve("ca.pem") + ")."));
    }

    private static Discovery found(Endpoint endpoint) {
        return new Discovery(endpoint, List.of(), List.of(), "");
    }

    private static Discovery problem(String words) {
        return new Discovery(null, List.of(), List.of(), words);
    }
}
