package io.openecma.ingress.auth;

import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.ingress.scim.ScimException;
import io.openecma.schemas.crypto.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a connector's bearer token against the salted PBKDF2 hash in its snapshot (constant-time
 * compare in {@link TokenHash#verify}). PBKDF2 is deliberately slow, so after a success the token's
 * HMAC under a key that lives only in this process is remembered for that connector and stored
 * hash; later requests compare HMACs in constant time. A token of connector A never opens B: the
 * remembered value is per connector and per stored hash.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final String PREFIX = "Bearer ";

    private final byte[] processKey = new byte[32];
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    public TokenVerifier() {
        new SecureRandom().nextBytes(processKey);
    }

    public void check(ConnectorModel connector, String authorization) {
        ScimException missing = missing(authorization);
        if (missing != null) {
            throw missing;
        }
        if (remembered(connector, authorization)) {
            return;
        }
        String token = token(authorization);
        String cacheKey = connector.name() + "\n" + connector.tokenHash();
        byte[] mac = mac(token);
        if (!TokenHash.verify(token, connector.tokenHash())) {
            throw unauthorized("the bearer token is not valid for connector " + connector.name());
        }
        verified.put(cacheKey, mac);
    }

    /** The 401 for a header that carries no bearer token at all, or null when it carries one. Cheap. */
    public ScimException missing(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return unauthorized("a bearer token is required (Authorization: Bearer <secret token>)");
        }
        return null;
    }

    /**
     * True when this token was verified for this connector before (an HMAC compare, cheap enough for
     * the event loop); false means {@link #check} must run the slow PBKDF2 comparison.
     */
    public boolean remembered(ConnectorModel connector, String authorization) {
        if (missing(authorization) != null) {
            return false;
        }
        byte[] known = verified.get(connector.name() + "\n" + connector.tokenHash());
        return known != null && MessageDigest.isEqual(known, mac(token(authorization)));
    }

    private static String token(String authorization) {
        return authorization.substring(PREFIX.length()).trim();
    }

    private byte[] mac(String token) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(processKey, "HmacSHA256"));
            return hmac.doFinal(token.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static ScimException unauthorized(String detail) {
        return new ScimException(401, null, detail);
    }
}
