package io.openecma.runtime;

import io.openecma.schemas.ecma.CloseReason;

/**
 * One import run on one runspace: Begin Import ran when it opened; {@link #nextPage()} runs the
 * Import script until a page says no more; {@link #close} runs End Import and discards the runspace.
 * A failing script discards the runspace at once; closing a failed session does nothing more.
 */
public interface ImportSession extends AutoCloseable {

    ImportPage nextPage();

    /** Whether the last page said more follow (true before the first page). */
    boolean hasMorePages();

    /** Runs End Import; returns the watermark for the next delta import (End Import's CustomData, else the last page's). */
    String close(CloseReason reason);

    /** Closes with {@link CloseReason#Normal} when not closed yet. */
    @Override
    void close();
}
