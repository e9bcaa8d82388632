package io.openecma.powershell.runtime.trace;

import io.openecma.powershell.types.collections.StackValue;

/**
 * [System.Diagnostics.Trace]::CorrelationManager: the thread's logical operation stack, which a
 * listener with the LogicalOperationStack option writes after each event (.NET Framework 4.x).
 */
public final class CorrelationManager {
    private static final ThreadLocal<CorrelationManager> CURRENT = ThreadLocal.withInitial(CorrelationManager::new);
    private final StackValue logicalOperationStack = new StackValue(null);

    public static CorrelationManager current() {
        return CURRENT.get();
    }

    public StackValue getLogicalOperationStack() {
        return logicalOperationStack;
    }
}
