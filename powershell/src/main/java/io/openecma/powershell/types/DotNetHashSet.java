package io.openecma.powershell.types;

import java.util.LinkedHashSet;

/** System.Collections.Generic.HashSet[T] (ordinal, case-sensitive strings by default). */
public final class DotNetHashSet extends LinkedHashSet<Object> {

    private final PSType elementType;

    public DotNetHashSet(PSType elementType) {
        this.elementType = elementType;
    }

    @Override
    public boolean add(Object item) {
        boolean added = super.add(item);
        io.openecma.powershell.runtime.limits.MemoryBudget.grew(this, size(), item);
        return added;
    }

    public PSType elementType() {
        return elementType;
    }
}
