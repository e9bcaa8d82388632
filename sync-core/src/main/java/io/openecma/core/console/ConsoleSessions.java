package io.openecma.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's signed-in browsers: a random session id (the cookie's value) per sign-in with the
 * admin token, forgotten after {@code openecma.console.session-idle} without a request. Kept in
 * memory: a restart of sync-core signs everybody out, which is the safe direction.
 */
@ApplicationScoped
public class ConsoleSessions {

    public static final String COOKIE = "openecma_console";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    @ConfigProperty(name = "openecma.admin.token")
    Optional<String> adminToken;

    @ConfigProperty(name = "openecma.console.session-idle", defaultValue = "8h")
    Duration idle;

    /** Whether sign-in with the admin token is possible at all (no token configured: the console is closed). */
    public boolean tokenConfigured() {
        return adminToken.filter(t -> !t.isBlank()).isPresent();
    }

    /** A new session for a correct admin token; empty for a wrong one. */
    public Optional<String> signIn(String token) {
        String expected = adminToken.filter(t -> !t.isBlank()).orElse(null);
        if (expected == null || token == null
                || !MessageDigest.isEqual(token.trim().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(open());
    }

    /** A new session for a browser some other way authenticated (OIDC). */
    public String open() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        lastSeen.put(id, Instant.now());
        return id;
    }

    /** Whether the session is known and not idle too long; refreshes its idle clock. */
    public boolean valid(String id) {
        if (id == null) {
            return false;
        }
        Instant now = Instant.now();
        Instant seen = lastSeen.computeIfPresent(id, (k, last) -> last.plus(idle).isAfter(now) ? now : null);
        return seen != null;
    }

    public void signOut(String id) {
        if (id != null) {
            lastSeen.remove(id);
        }
    }
}
