package io.openecma.core.connector;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.openecma.core.messaging.Outbox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keeps connector_state in step with the loaded definitions and publishes each change as a
 * {@link ConnectorSnapshot} on the compacted openecma.connectors topic (a tombstone on removal).
 */
@ApplicationScoped
public class ConnectorStates {

    @Inject
    Outbox outbox;
    @ConfigProperty(name = "openecma.scim.retry-after-seconds", defaultValue = "30")
    int retryAfterSeconds;

    /** Stores a new or changed definition; returns it with the schema already discovered, if any. */
    @Transactional
    public LoadedConnector applyDefinition(ConnectorDefinition definition, String contentHash) {
        ConnectorState state = ConnectorState.forUpdate(definition.name());
        boolean created = state == null;
        if (created) {
            state = new ConnectorState();
            state.connector = definition.name();
        }
        LoadedConnector loaded = new LoadedConnector(definition, contentHash, state.schema);
        state.status = state.initialImportDone || !loaded.importsEnabled() ? ConnectorState.READY : ConnectorState.INITIAL_IMPORT;
        state.definition = definition;
        state.contentHash = contentHash;
        state.retryAfterSeconds = retryAfterSeconds;
        state.lastError = null;
        state.snapshotVersion++;
        state.updatedAt = Instant.now();
        if (created) {
            state.persist();
        }
        send(state);
        return loaded;
    }

    /** Records why a folder did not load; a connector already served keeps its last valid definition. */
    @Transactional
    public void markInvalid(String name, String problems, boolean stillServed) {
        ConnectorState state = ConnectorState.forUpdate(name);
        boolean created = state == null;
        if (created) {
            state = new ConnectorState();
            state.connector = name;
        }
        if (!stillServed) {
            state.status = ConnectorState.INVALID;
        }
        state.lastError = problems;
        state.updatedAt = Instant.now();
        if (created) {
            state.persist();
        }
    }

    @Transactional
    public void markRemoved(String name) {
        ConnectorState state = ConnectorState.forUpdate(name);
        if (state != null) {
            state.status = ConnectorState.REMOVED;
            state.updatedAt = Instant.now();
        }
        outbox.tombstone(Topics.CONNECTORS, name);
    }

    @Transactional
    public void storeSchema(String name, Schema schema) {
        ConnectorState state = ConnectorState.forUpdate(name);
        state.schema = schema;
        state.schemaUpdatedAt = Instant.now();
        state.schemaRequestId = null;
        publish(state);
    }

    @Transactional
    public void recordError(String name, String error) {
        ConnectorState state = ConnectorState.forUpdate(name);
        if (state != null) {
            state.lastError = error;
            state.updatedAt = Instant.now();
        }
    }

    @Transactional
    public void initialImportFinished(String name) {
        ConnectorState state = ConnectorState.forUpdate(name);
        state.initialImportDone = true;
        if (ConnectorState.INITIAL_IMPORT.equals(state.status)) {
            state.status = ConnectorState.READY;
        }
        state.updatedAt = Instant.now();
    }

    private void publish(ConnectorState state) {
        state.snapshotVersion++;
        state.updatedAt = Instant.now();
        send(state);
    }

    private void send(ConnectorState state) {
        outbox.send(Topics.CONNECTORS, state.connector, new ConnectorSnapshot(Message.CURRENT_VERSION,
                UUID.randomUUID(), state.connector, state.definition, state.schema, state.contentHash,
                state.snapshotVersion, state.updatedAt));
    }

    /** SHA-256 of the definition as JSON with sorted map keys: equal definitions, equal hash. */
    public static String contentHash(ConnectorDefinition definition) {
        try {
            byte[] json = Json.mapper().copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsString(definition).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot hash definition " + definition.name(), e);
        }
    }
}
