package io.openecma.powershell.runtime.limits;

import java.util.ArrayList;
import java.util.Collection;

/** Where pipeline output is collected (@(), $(), $x = ..., a run's output): grows within the {@link MemoryBudget}. */
public final class BudgetedList extends ArrayList<Object> {

    @Override
    public boolean add(Object item) {
        super.add(item);
        MemoryBudget.grew(this, size(), item);
        return true;
    }

    @Override
    public boolean addAll(Collection<?> items) {
        boolean changed = super.addAll(items);
        MemoryBudget.grew(this, size(), null);
        return changed;
    }
}
