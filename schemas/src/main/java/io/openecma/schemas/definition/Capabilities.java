package io.openecma.schemas.definition;

import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ObjectConfirmation;

/** The connector's capabilities, named as on the PowerShell connector's Capabilities page. */
public record Capabilities(ExportType exportType, ObjectConfirmation objectConfirmation, boolean enableImport,
                           boolean enableDeltaImport, boolean enableExport, boolean enablePasswordOperations,
                           boolean exportPasswordInFirstPass, boolean deleteAddAsReplace) {
}
