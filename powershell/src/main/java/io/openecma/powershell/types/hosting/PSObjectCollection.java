package io.openecma.powershell.types.hosting;

import java.util.ArrayList;
import java.util.List;

/** {@code Collection<PSObject>}, what {@code PowerShell.Invoke()} returns: Count, index, enumeration. */
public final class PSObjectCollection extends ArrayList<Object> {
    public PSObjectCollection(List<Object> items) {
        super(items);
    }

    public int getCount() {
        return size();
    }
}
