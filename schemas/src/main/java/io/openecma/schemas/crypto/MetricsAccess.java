package io.openecma.schemas.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read a service's /q/metrics: anyone while no metrics token is configured (the default, as
 * before), otherwise only a request whose {@code Authorization} header is {@code Bearer <token>}
 * (compared in constant time). Every service guards its metrics with this rule, given the token in
 * {@code OPENECMA_METRICS_TOKEN}: a scrape credential of its own, not the admin token, so no service
 * needs another's secret.
 */
public final class MetricsAccess {

    public static final String PATH = "/q/metrics";

    private final String token;

    public MetricsAccess(Optional<String> token) {
        this.token = token.map(String::trim).filter(t -> !t.isEmpty()).orElse(null);
    }

    public boolean protectedByToken() {
        return token != null;
    }

    /** Whether the request path is the metrics endpoint (or below it). */
    public static boolean isMetrics(String path) {
        return path != null && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    public boolean allows(String authorizationHeader) {
        if (token == null) {
            return true;
        }
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorizationHeader.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }
}
