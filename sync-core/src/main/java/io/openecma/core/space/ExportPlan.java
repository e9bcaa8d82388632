package io.openecma.core.space;

import io.openecma.schemas.ecma.CSEntryChange;

/**
 * What to send for an object and what it is once that succeeded: {@code change} is null when the
 * target needs nothing (the object goes straight to {@code after}); {@code removeRow} when the
 * object leaves the connector space.
 */
public record ExportPlan(CSEntryChange change, ConfirmedState after, boolean removeRow) {

    public boolean needsExport() {
        return change != null;
    }
}
