package io.openecma.runtime.ecma2;

import java.util.ArrayList;
import java.util.List;

/** Microsoft.MetadirectoryServices.PutExportEntriesResults: what the Export script returns for a batch. */
public final class PutExportEntriesResults {

    private final List<Object> results = new ArrayList<>();

    public PutExportEntriesResults() {
    }

    /** The .NET constructor taking IList[CSEntryChangeResult] (used through [Activator]::CreateInstance). */
    public PutExportEntriesResults(List<?> csEntryChangeResults) {
        if (csEntryChangeResults != null) {
            results.addAll(csEntryChangeResults);
        }
    }

    public List<Object> getCSEntryChangeResults() {
        return results;
    }
}
