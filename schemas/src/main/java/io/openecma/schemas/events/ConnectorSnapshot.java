package io.openecma.schemas.events;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.Schema;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A connector as sync-core loaded it (topic openecma.connectors, compacted, key connector name; a
 * null value, the tombstone, removes the connector). Encrypted parameters and the credential stay
 * encrypted. {@code schema} is the one the Schema script last returned, null until discovered.
 * {@code contentHash} is the SHA-256 of the definition folder's files; {@code version} grows with
 * every change sync-core publishes.
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
}
