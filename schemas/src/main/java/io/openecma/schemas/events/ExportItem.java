package io.openecma.schemas.events;

import io.openecma.schemas.ecma.CSEntryChange;

import java.util.Objects;

/**
 * One object's pending export: the change for the Export script and the connector-space version it
 * was built from, so the result is applied only to that version.
 */
public record ExportItem(String anchor, long objectVersion, CSEntryChange change) {

    public ExportItem {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(change, "change");
    }
}
