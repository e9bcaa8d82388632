package io.openecma.powershell.runtime;

import java.util.ArrayList;
import java.util.Collection;

/**
 * An output list that is a command's pipe with -OutVariable/-ErrorVariable lists attached:
 * each item added is also added to those lists. {@link #transfer} moves items in without
 * recording them again (they were recorded when first written to a pipe with the same lists).
 */
final class OutputPipe extends ArrayList<Object> {

    private final PipeVariables variables;

    OutputPipe(PipeVariables variables) {
        this.variables = variables;
    }

    PipeVariables variables() {
        return variables;
    }

    /** A fresh list for a pipeline's last stage, which writes to this same pipe. */
    OutputPipe stage() {
        return new OutputPipe(variables);
    }

    @Override
    public boolean add(Object item) {
        variables.appendOutput(item);
        return super.add(item);
    }

    @Override
    public boolean addAll(Collection<?> items) {
        if (items instanceof OutputPipe p && p.variables == variables) {
            return super.addAll(items);
        }
        for (Object item : items) {
            add(item);
        }
        return !items.isEmpty();
    }

    /** Adds already-recorded items. */
    void transfer(Collection<?> items) {
        super.addAll(items);
    }

    /** Hands what a command wrote to its own pipe on to the pipe it writes to (nothing when they are the same). */
    static void deliver(java.util.List<Object> pipe, java.util.List<Object> out) {
        if (pipe == out) {
            return;
        }
        if (out instanceof OutputPipe o) {
            o.transfer(pipe);
        } else {
            out.addAll(pipe);
        }
    }
}
