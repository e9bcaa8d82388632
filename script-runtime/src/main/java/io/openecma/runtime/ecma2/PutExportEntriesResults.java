package io.openecma.runtime.ecma2;


/** Microsoft.MetadirectoryServices.PutExportEntriesResults: what the Export script returns for a batch. */
public final class PutExportEntriesResults {

    private final ScriptList<Object> results = new ScriptList<>(CSEntryChangeResult.class);

    public PutExportEntriesResults() {
    }

    /** The .NET constructor taking IList[CSEntryChangeResult] (used through [Activator]::CreateInstance). */
    public PutExportEntriesResults(Iterable<?> csEntryChangeResults) {
        if (csEntryChangeResults != null) {
            csEntryChangeResults.forEach(results::Add);
        }
    }

    public ScriptList<Object> getCSEntryChangeResults() {
        return results;
    }
}
