package io.openecma.core.change;

import io.openecma.core.connector.ConnectorState;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a connector is running its first import (then SCIM changes are answered 503), read
 * once per connector and transaction, and only the three columns that say so: a Kafka poll's
 * changes, applied in one transaction, share the answer instead of each loading the connector's
 * whole state (definition and schema included).
 */
@TransactionScoped
public class ImportGate {

    /** Why changes must wait, and for how long. */
    public record Closed(String detail, int retryAfterSeconds) {
    }

    @Inject
    EntityManager em;

    private final Map<String, Optional<Closed>> read = new HashMap<>();

    public Optional<Closed> closed(String connector) {
        return read.computeIfAbsent(connector, this::query);
    }

    private Optional<Closed> query(String connector) {
        List<Object[]> rows = em.createQuery("select s.statusDetail, s.retryAfterSeconds from ConnectorState s "
                        + "where s.connector = ?1 and s.status = ?2", Object[].class)
                .setParameter(1, connector).setParameter(2, ConnectorState.INITIAL_IMPORT).getResultList();
        return rows.stream().findFirst().map(r -> new Closed(r[0] != null ? (String) r[0]
                : "connector " + connector + " is running its first import; retry later", (Integer) r[1]));
    }
}
