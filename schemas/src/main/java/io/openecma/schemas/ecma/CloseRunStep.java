package io.openecma.schemas.ecma;

/** Why an import or export run ends (CloseImportConnectionRunStep / CloseExportConnectionRunStep). */
public record CloseRunStep(CloseReason reason, String customData) {
}
