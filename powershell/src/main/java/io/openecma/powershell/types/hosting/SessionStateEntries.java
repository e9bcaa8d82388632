package io.openecma.powershell.types.hosting;

import java.util.ArrayList;

/**
 * {@code InitialSessionStateEntryCollection<T>}: an initial session state's {@code Variables} or
 * {@code Commands}, added to with {@code Add(entry)}.
 */
public final class SessionStateEntries<T> extends ArrayList<T> {
    private final Class<T> entryType;

    SessionStateEntries(Class<T> entryType) {
        this.entryType = entryType;
    }

    public void Add(Object entry) {
        if (!entryType.isInstance(entry)) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                    "Cannot convert argument \"item\", with value: \"" + entry + "\", for \"Add\" to type \""
                            + "System.Management.Automation.Runspaces." + entryType.getSimpleName() + "\".");
        }
        add(entryType.cast(entry));
    }

    public void Clear() {
        clear();
    }

    public int getCount() {
        return size();
    }
}
