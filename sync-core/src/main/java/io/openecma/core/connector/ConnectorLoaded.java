package io.openecma.core.connector;

/** CDI event: a connector was loaded or its definition changed (fired after its state committed). */
public record ConnectorLoaded(LoadedConnector connector, boolean definitionChanged) {
}
