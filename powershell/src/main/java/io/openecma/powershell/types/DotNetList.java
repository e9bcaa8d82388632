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

    @Override
    public boolean add(Object item) {
        super.add(item);
        io.openecma.powershell.runtime.limits.MemoryBudget.grew(this, size(), item);
        return true;
    }

    @Override
    public void add(int index, Object item) {
        super.add(index, item);
        io.openecma.powershell.runtime.limits.MemoryBudget.grew(this, size(), item);
    }

    @Override
    public boolean addAll(java.util.Collection<?> items) {
        io.openecma.powershell.runtime.limits.MemoryBudget.elements((long) size() + items.size());
        boolean changed = super.addAll(items);
        io.openecma.powershell.runtime.limits.MemoryBudget.grew(this, size(), null);
        return changed;
    }

    public Object accept(Object item) {
        return elementType == null ? item : elementType.convert(item);
    }
}
