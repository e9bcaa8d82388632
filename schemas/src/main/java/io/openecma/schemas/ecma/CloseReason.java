package io.openecma.schemas.ecma;

/** Why an import or export run ends (Microsoft.MetadirectoryServices.CloseReason). */
public enum CloseReason {
    Normal, TerminatedByUser, TerminatedShuttingDown, Unknown
}
