package io.openecma.core.connector;

import io.openecma.core.space.AttributeShapes;
import io.openecma.core.space.ExportPlanner;
import io.openecma.core.space.ExportSettings;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.ObjectConfirmation;
import io.openecma.schemas.ecma.Schema;

/** A valid connector definition sync-core serves, with the schema its Schema script returned. */
public record LoadedConnector(ConnectorDefinition definition, String contentHash, Schema schema) {

    public String name() {
        return definition.name();
    }

    public ExportSettings exportSettings() {
        return ExportSettings.of(definition);
    }

    public ExportPlanner planner() {
        return new ExportPlanner(exportSettings());
    }

    public AttributeShapes shapes(String objectType) {
        return AttributeShapes.of(schema, objectType);
    }

    public boolean importsEnabled() {
        return definition.capabilities() == null || definition.capabilities().enableImport();
    }

    public boolean deltaImportEnabled() {
        return definition.capabilities() != null && definition.capabilities().enableDeltaImport();
    }

    /** Exports wait for an import to confirm them (Object Confirmation Normal). */
    public boolean confirmsByImport() {
        return definition.capabilities() != null && definition.capabilities().objectConfirmation() == ObjectConfirmation.Normal;
    }

    public int exportBatchSize(int fallback) {
        return definition.pageSizes() != null && definition.pageSizes().exportBatchSize() > 0
                ? definition.pageSizes().exportBatchSize() : fallback;
    }

    public int importPageSize() {
        return definition.pageSizes() != null && definition.pageSizes().importPageSize() > 0
                ? definition.pageSizes().importPageSize() : 5000;
    }

    public LoadedConnector withSchema(Schema discovered) {
        return new LoadedConnector(definition, contentHash, discovered);
    }
}
