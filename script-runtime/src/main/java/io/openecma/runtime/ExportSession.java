package io.openecma.runtime;

import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.CloseReason;

import java.util.List;

/**
 * One export run on one runspace: Begin Export ran when it opened; {@link #export} runs the Export
 * script once per batch; {@link #close} runs End Export and discards the runspace.
 */
public interface ExportSession extends AutoCloseable {

    /** One result per entry, in batch order; entries the script did not report on succeeded. */
    List<CSEntryChangeResult> export(List<CSEntryChange> batch);

    void close(CloseReason reason);

    @Override
    void close();
}
