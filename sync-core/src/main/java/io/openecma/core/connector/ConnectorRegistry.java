package io.openecma.core.connector;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** The connectors sync-core serves now, by name (case-sensitive, as in the SCIM tenant URL). */
@ApplicationScoped
public class ConnectorRegistry {

    private final Map<String, LoadedConnector> connectors = new ConcurrentHashMap<>();
    private final CountDownLatch firstScan = new CountDownLatch(1);

    /**
     * Blocks until the catalog's first scan at start is over. Kafka may hand sync-core changes and
     * results before the connector folders are read; without this wait they would be answered
     * "unknown connector" (404) or dropped while the connector is still loading.
     */
    public void awaitFirstScan() {
        try {
            firstScan.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the connector catalog", e);
        }
    }

    void firstScanDone() {
        firstScan.countDown();
    }

    public Optional<LoadedConnector> get(String name) {
        return Optional.ofNullable(connectors.get(name));
    }

    public Collection<LoadedConnector> all() {
        return List.copyOf(connectors.values());
    }

    void put(LoadedConnector connector) {
        connectors.put(connector.name(), connector);
    }

    void remove(String name) {
        connectors.remove(name);
    }
}
