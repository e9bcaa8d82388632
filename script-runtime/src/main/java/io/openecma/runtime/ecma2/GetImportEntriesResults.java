package io.openecma.runtime.ecma2;

import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft.MetadirectoryServices.GetImportEntriesResults: one Import page. Scripts usually assign
 * their own {@code List[CSEntryChange]} to CSEntries; the host checks every item when it reads the page.
 */
public final class GetImportEntriesResults {

    private List<Object> csEntries = new ArrayList<>();
    private boolean moreToImport;
    private String customData;

    public GetImportEntriesResults() {
    }

    public GetImportEntriesResults(String customData, boolean moreToImport, List<Object> csEntries) {
        this.customData = customData;
        this.moreToImport = moreToImport;
        setCSEntries(csEntries);
    }

    @SuppressWarnings("unchecked")
    public List<Object> getCSEntries() {
        return csEntries;
    }

    @SuppressWarnings("unchecked")
    public void setCSEntries(List<?> entries) {
        this.csEntries = entries == null ? new ArrayList<>() : (List<Object>) entries;
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
