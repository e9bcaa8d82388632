package io.openecma.schemas.events;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.Schema;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A connector as sync-core loaded it (topic openecma.connectors, compacted, key connector name; a
 * null value, the tombstone, removes the connector). Encrypted parameters and the credential stay
 * encrypted. {@code schema} is the one the Schema script last returned, null until discovered.
 * {@code contentHash} is {@link #hashOf(ConnectorDefinition)}; {@code version} grows with every
 * change sync-core publishes.
 */
public record ConnectorSnapshot(int schemaVersion, UUID messageId, String connector, ConnectorDefinition definition,
                                Schema schema, String contentHash, long version, Instant publishedAt) implements Message {

    public ConnectorSnapshot {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** SHA-256 (lower-case hex) of the definition's JSON: equal definitions hash equal in every JVM. */
    public static String hashOf(ConnectorDefinition definition) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Json.writeBytes(definition)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
