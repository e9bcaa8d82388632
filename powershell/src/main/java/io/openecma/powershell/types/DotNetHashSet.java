package io.openecma.powershell.types;

import java.util.LinkedHashSet;

/** System.Collections.Generic.HashSet[T] (ordinal, case-sensitive strings by default). */
public final class DotNetHashSet extends LinkedHashSet<Object> {

    private final PSType elementType;

    public DotNetHashSet(PSType elementType) {
        this.elementType = elementType;
    }

    public PSType elementType() {
        return elementType;
    }
}
