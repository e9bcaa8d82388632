package io.openecma.core.connector;

import io.openecma.core.messaging.Outbox;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/**
 * Asks a worker to run the connector's Schema script (when a connector is loaded and on demand)
 * and stores what it returns; the schema then travels in the connector's snapshot.
 */
@ApplicationScoped
public class SchemaService {

    private static final Logger LOG = Logger.getLogger(SchemaService.class);

    @Inject
    Outbox outbox;
    @Inject
    ConnectorRegistry registry;
    @Inject
    ConnectorStates states;
    @Inject
    ExpressionIndexes indexes;

    void onLoaded(@Observes ConnectorLoaded loaded) {
        if (loaded.connector().schema() == null || loaded.definitionChanged()) {
            request(loaded.connector().name());
        } else {
            indexes.ensureFor(loaded.connector());
        }
    }

    /** Sends a schema request; returns its id. */
    @Transactional
    public UUID request(String connector) {
        UUID requestId = UUID.randomUUID();
        ConnectorState state = ConnectorState.forUpdate(connector);
        state.schemaRequestId = requestId;
        state.updatedAt = Instant.now();
        outbox.send(Topics.imports(connector), Topics.resultKey(requestId),
                new SchemaRequest(Message.CURRENT_VERSION, UUID.randomUUID(), requestId, connector));
        LOG.infof("connector %s: schema requested (%s)", connector, requestId);
        return requestId;
    }

    /** Applies a schema result inside the caller's transaction; the registry follows after commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SchemaResult result) {
        if (result.failure() != null || result.schema() == null) {
            String why = result.failure() == null ? "no schema returned" : result.failure().message();
            LOG.errorf("connector %s: Schema script failed: %s", result.connector(), why);
            states.recordError(result.connector(), "Schema script failed: " + why);
            return;
        }
        states.storeSchema(result.connector(), result.schema());
        registry.get(result.connector()).ifPresent(c -> {
            LoadedConnector updated = c.withSchema(result.schema());
            registry.put(updated);
            indexes.ensureFor(updated);
        });
        LOG.infof("connector %s: schema stored (%d object types)", result.connector(), result.schema().types().size());
    }
}
