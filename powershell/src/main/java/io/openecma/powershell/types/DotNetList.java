package io.openecma.powershell.types;

import java.util.ArrayList;

/** System.Collections.Generic.List[T] and System.Collections.ArrayList; items are converted to T on Add. */
public final class DotNetList extends ArrayList<Object> {

    private final PSType elementType;

    public DotNetList(PSType elementType) {
        this.elementType = elementType;
    }

    /** Null for ArrayList (untyped). */
    public PSType elementType() {
        return elementType;
    }

    public Object accept(Object item) {
        return elementType == null ? item : elementType.convert(item);
    }
}
