package io.openecma.core.connector;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The connectors sync-core serves now, by name (case-sensitive, as in the SCIM tenant URL). */
@ApplicationScoped
public class ConnectorRegistry {

    private final Map<String, LoadedConnector> connectors = new ConcurrentHashMap<>();

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
