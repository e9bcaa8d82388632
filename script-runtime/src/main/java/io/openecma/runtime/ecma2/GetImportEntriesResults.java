package io.openecma.runtime.ecma2;


/**
 * Microsoft.MetadirectoryServices.GetImportEntriesResults: one Import page. Scripts usually assign
 * their own {@code List[CSEntryChange]} to CSEntries; the host checks every item when it reads the page.
 */
public final class GetImportEntriesResults {

    private Iterable<?> csEntries = new ScriptList<Object>(CSEntryChange.class);
    private boolean moreToImport;
    private String customData;

    public GetImportEntriesResults() {
    }

    public GetImportEntriesResults(String customData, boolean moreToImport, Iterable<?> csEntries) {
        this.customData = customData;
        this.moreToImport = moreToImport;
        setCSEntries(csEntries);
    }

    public Iterable<?> getCSEntries() {
        return csEntries;
    }

    public void setCSEntries(Iterable<?> entries) {
        this.csEntries = entries == null ? new ScriptList<Object>(CSEntryChange.class) : entries;
    }

    public boolean getMoreToImport() {
        return moreToImport;
    }

    public void setMoreToImport(boolean moreToImport) {
        this.moreToImport = moreToImport;
    }

    public String getCustomData() {
        return customData;
    }

    public void setCustomData(String customData) {
        this.customData = customData;
    }
}
