package io.openecma.runtime.host;

import io.openecma.powershell.host.NetworkAccess;
import io.openecma.schemas.definition.ConfigParameter;
import io.openecma.schemas.definition.ConnectorDefinition;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hosts a connector's scripts may connect to: {@code network.allowedHosts} of connector.yaml,
 * or by default the target hosts its (unencrypted) parameters name: the host of every URL value
 * ({@code https://hr.example.com/api}; with its port when the URL gives one), and every value that
 * is a host name or address ({@code hr.example.com}, {@code 10.0.0.5:8443}). openecma's own
 * services are refused whatever the list says (see {@link #protectedEndpoints}).
 */
public final class ConnectorNetwork {

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://\\S+$");
    /** Two or more dot-separated labels, the last alphabetic, or an IPv4 address; an optional port. */
    private static final Pattern HOST = Pattern.compile(
            "^(([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}|\\d{1,3}(\\.\\d{1,3}){3}|localhost)(:\\d{1,5})?$");
    /** Values that look like host names but are file names. */
    private static final Set<String> FILE_ENDINGS = Set.of("csv", "txt", "json", "xml", "ps1", "psm1", "psd1", "log",
            "dll", "exe", "ini", "config", "yaml", "yml", "xlsx", "zip", "pem", "cer", "pfx");
    /** The compose service names and loopback names of openecma's services. */
    private static final List<String> SERVICE_HOSTS = List.of("sync-core", "scim-ingress", "script-worker",
            "password-worker", "kafka", "postgres");
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");
    /** Their default ports: sync-core (admin API), script-worker, password-worker, ingress, Kafka, PostgreSQL. */
    private static final List<Integer> SERVICE_PORTS = List.of(8081, 8082, 8083, 8585, 9092, 9093, 29092, 5432);

    private ConnectorNetwork() {
    }

    public static NetworkAccess of(ConnectorDefinition definition) {
        return NetworkAccess.allowOnly(allowedHosts(definition), protectedEndpoints(System.getenv()));
    }

    public static List<String> allowedHosts(ConnectorDefinition definition) {
        List<String> explicit = definition.sandbox().allowedHosts();
        if (explicit != null) {
            return explicit;
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (ConfigParameter p : definition.parameters()) {
            if (!p.encrypted() && p.value() != null) {
                hostOf(p.value().trim()).ifPresent(hosts::add);
            }
        }
        return List.copyOf(hosts);
    }

    public static java.util.Optional<String> hostOf(String value) {
        if (URL.matcher(value).matches()) {
            try {
                URI uri = URI.create(value);
                if (uri.getHost() != null) {
                    String host = uri.getHost();
                    return java.util.Optional.of(uri.getPort() >= 0 ? host + ":" + uri.getPort() : host);
                }
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.empty();
        }
        if (HOST.matcher(value).matches()) {
            String hostPart = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
            String last = hostPart.substring(hostPart.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (!FILE_ENDINGS.contains(last)) {
                return java.util.Optional.of(value);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * openecma's own endpoints: the services' compose names (any port), their default ports on the
     * loopback names, Kafka's bootstrap servers ({@code KAFKA_BOOTSTRAP_SERVERS}), PostgreSQL's
     * address ({@code DB_URL}), and whatever {@code OPENECMA_PROTECTED_ENDPOINTS} lists
     * (comma-separated {@code host:port}, {@code host} or {@code *:port}).
     */
    public static List<String> protectedEndpoints(Map<String, String> environment) {
        List<String> endpoints = new ArrayList<>(SERVICE_HOSTS);
        for (String host : LOOPBACK) {
            for (int port : SERVICE_PORTS) {
                endpoints.add((host.contains(":") ? "[" + host + "]" : host) + ":" + port);
            }
        }
        for (String server : environment.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "").split(",")) {
            if (!server.isBlank()) {
                endpoints.add(server.trim().replaceFirst("^[A-Za-z_]+://", ""));
            }
        }
        String db = environment.getOrDefault("DB_URL", "");
        if (db.startsWith("jdbc:")) {
            try {
                URI uri = URI.create(db.substring("jdbc:".length()));
                if (uri.getHost() != null) {
                    endpoints.add(uri.getHost() + ":" + (uri.getPort() >= 0 ? uri.getPort() : 5432));
                }
            } catch (IllegalArgumentException e) {
                // not a URL: nothing to add
            }
        }
        for (String extra : environment.getOrDefault("OPENECMA_PROTECTED_ENDPOINTS", "").split(",")) {
            if (!extra.isBlank()) {
                endpoints.add(extra.trim());
            }
        }
        return endpoints;
    }
}
