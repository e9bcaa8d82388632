package io.openecma.powershell.host;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which hosts a runspace's scripts may connect to (the web cmdlets; every connection the engine
 * opens asks here first). An entry is {@code host}, {@code host:port} or {@code *.domain} (any
 * host under the domain); {@code *} allows every host. Protected endpoints ({@code host:port}, host
 * {@code *} for any) are refused even when allowed: a host's own services.
 */
public final class NetworkAccess {

    private static final NetworkAccess UNRESTRICTED = new NetworkAccess(List.of("*"), List.of());

    private final List<Endpoint> allowed;
    private final List<Endpoint> denied;
    private final List<String> allowedText;

    private NetworkAccess(Collection<String> allowed, Collection<String> denied) {
        this.allowed = allowed.stream().map(Endpoint::parse).toList();
        this.denied = denied.stream().map(Endpoint::parse).toList();
        this.allowedText = List.copyOf(allowed);
    }

    /** Every host (the engine's default: a host that wants confinement says so). */
    public static NetworkAccess unrestricted() {
        return UNRESTRICTED;
    }

    /** Only the hosts listed, never the protected endpoints. */
    public static NetworkAccess allowOnly(Collection<String> allowedHosts, Collection<String> protectedEndpoints) {
        return new NetworkAccess(new ArrayList<>(allowedHosts), new ArrayList<>(protectedEndpoints));
    }

    public List<String> allowedHosts() {
        return allowedText;
    }

    /** Why a connection to {@code uri} is refused, or empty when it may be made. */
    public Optional<String> refusal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("The address '" + uri + "' names no host.");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
        return refusal(host, port);
    }

    public Optional<String> refusal(String rawHost, int port) {
        String host = normalise(rawHost);
        for (Endpoint d : denied) {
            if (d.matches(host, port)) {
                return Optional.of("Scripts may not connect to " + host + ":" + port + ": it is one of openecma's own services.");
            }
        }
        for (Endpoint a : allowed) {
            if (a.matches(host, port)) {
                return Optional.empty();
            }
        }
        return Optional.of("Scripts of this connector may not connect to " + host + ":" + port
                + ": the host is not in its allowed hosts (" + (allowedText.isEmpty() ? "none" : String.join(", ", allowedText))
                + "; connector.yaml network.allowedHosts).");
    }

    private static int defaultPort(String scheme) {
        if (scheme == null) {
            return -1;
        }
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ldap" -> 389;
            case "ldaps" -> 636;
            case "ftp" -> 21;
            default -> -1;
        };
    }

    static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** host (or * or *.domain) and port (-1: any). */
    private record Endpoint(String host, int port) {

        static Endpoint parse(String text) {
            String t = text.trim();
            int port = -1;
            int colon = t.lastIndexOf(':');
            // host:port, [v6]:port; a bare IPv6 address has several colons and no port.
            if (colon > 0 && t.indexOf(':') == colon || t.startsWith("[") && colon > t.indexOf(']')) {
                port = Integer.parseInt(t.substring(colon + 1));
                t = t.substring(0, colon);
            }
            return new Endpoint(normalise(t), port);
        }

        boolean matches(String h, int p) {
            if (port >= 0 && port != p) {
                return false;
            }
            if (host.equals("*")) {
                return true;
            }
            if (host.startsWith("*.")) {
                return h.endsWith(host.substring(1));
            }
            return host.equals(h);
        }
    }
}
