package io.openecma.core.space;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.DeleteFlow;
import io.openecma.schemas.definition.Deprovisioning;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.ecma.ExportType;

/**
 * The parts of a connector definition that decide what an export looks like. A definition
 * without an Export Type gets AttributeReplace (ECMA2Host's default for the PowerShell
 * connector); without deprovisioning settings, disabling only records active=false and DELETE
 * deletes the object.
 */
public record ExportSettings(ExportType exportType, String anchorAttribute, Deprovisioning deprovisioning) {

    public ExportSettings {
        exportType = exportType == null ? ExportType.AttributeReplace : exportType;
        deprovisioning = deprovisioning == null
                ? new Deprovisioning(DisableFlow.None, null, null, DeleteFlow.Delete) : deprovisioning;
    }

    public static ExportSettings of(ConnectorDefinition definition) {
        return new ExportSettings(definition.capabilities() == null ? null : definition.capabilities().exportType(),
                definition.anchorAttribute(), definition.deprovisioning());
    }

    DisableFlow disableFlow() {
        return deprovisioning.disableFlow() == null ? DisableFlow.None : deprovisioning.disableFlow();
    }

    DeleteFlow deleteFlow() {
        return deprovisioning.deleteFlow() == null ? DeleteFlow.Delete : deprovisioning.deleteFlow();
    }
}
