package io.openecma.schemas.events;

/** Whether the change a SCIM request asked for was applied to the target system. */
public enum OutcomeStatus {
    APPLIED, FAILED
}
