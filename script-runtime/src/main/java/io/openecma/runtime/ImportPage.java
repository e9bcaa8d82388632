package io.openecma.runtime;

import io.openecma.runtime.ecma2.Ecma2Converter.ImportEntryError;
import io.openecma.schemas.ecma.CSEntryChange;

import java.util.List;

/**
 * One page the Import script returned: the entries it imported, the entries it flagged with
 * ErrorCodeImport (kept apart, never dropped), whether more pages follow and the page's CustomData.
 */
public record ImportPage(List<CSEntryChange> entries, List<ImportEntryError> errors, boolean moreToImport,
                         String customData) {

    public ImportPage {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }
}
