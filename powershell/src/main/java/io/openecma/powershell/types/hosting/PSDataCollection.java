package io.openecma.powershell.types.hosting;

import java.util.ArrayList;

/** {@code PSDataCollection<T>}: one of a PowerShell's streams (Count, index, Clear, enumeration). */
public final class PSDataCollection extends ArrayList<Object> {
    public int getCount() {
        return size();
    }

    public void Clear() {
        clear();
    }
}
