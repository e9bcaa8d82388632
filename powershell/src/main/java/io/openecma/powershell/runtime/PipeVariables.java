package io.openecma.powershell.runtime;

import io.openecma.powershell.types.DotNetList;

import java.util.List;

/**
 * The -OutVariable and -ErrorVariable lists attached to a command's output pipe (5.1's
 * Pipe.AddVariableList): whatever reaches that pipe, also from commands nested in a function
 * that write to it, is added to the lists of this command and of the commands whose pipe it
 * flows into. Each list is the ArrayList the variable holds from the start of the command
 * (MshCommandRuntime.SetupVariable; {@code +name} appends to the variable's current value).
 */
final class PipeVariables {

    private final List<Object> output;
    private final List<Object> errors;
    private final PipeVariables parent;

    private PipeVariables(List<Object> output, List<Object> errors, PipeVariables parent) {
        this.output = output;
        this.errors = errors;
        this.parent = parent;
    }

    /**
     * The pipe a command with these common parameter values writes to: {@code out} itself when it
     * sets no variable, else an {@link OutputPipe} that records into new variables set in
     * {@code caller}'s view (scope prefixes such as {@code script:} allowed).
     */
    static List<Object> attach(Interpreter interp, Scope caller, String outVariable, String errorVariable,
                               List<Object> out) {
        if (outVariable == null && errorVariable == null) {
            return out;
        }
        Scope saved = interp.scope();
        interp.setScope(caller);
        try {
            PipeVariables parent = out instanceof OutputPipe p ? p.variables() : null;
            return new OutputPipe(new PipeVariables(setup(interp, outVariable), setup(interp, errorVariable), parent));
        } finally {
            interp.setScope(saved);
        }
    }

    /**
     * A -OutVariable/-ErrorVariable/-WarningVariable/-InformationVariable: a new list in the variable, or
     * {@code +name} to add to what it holds; null when none is named.
     */
    static List<Object> setup(Interpreter interp, String spec) {
        if (spec == null || spec.isEmpty()) {
            return null;
        }
        boolean append = spec.startsWith("+");
        String name = append ? spec.substring(1) : spec;
        String scopeName = "";
        int colon = name.indexOf(':');
        if (colon > 0) {
            scopeName = name.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            name = name.substring(colon + 1);
        }
        DotNetList list = new DotNetList(null);
        if (append) {
            Object old = LanguagePrimitives.unwrapNull(LanguagePrimitives.base(
                    interp.getVariableOrNull(scopeName.isEmpty() ? name : scopeName + ":" + name)));
            if (old != null) {
                if (LanguagePrimitives.isEnumerable(old)) {
                    LanguagePrimitives.iterate(old).forEachRemaining(list::add);
                } else {
                    list.add(old);
                }
            }
        }
        interp.setVariable(scopeName, name, list);
        return list;
    }

    /** The pipe's variables, or null when {@code out} has none. */
    static PipeVariables of(List<Object> out) {
        return out instanceof OutputPipe p ? p.variables() : null;
    }

    void appendOutput(Object item) {
        for (PipeVariables v = this; v != null; v = v.parent) {
            if (v.output != null) {
                v.output.add(item);
            }
        }
    }

    void appendError(Object record) {
        for (PipeVariables v = this; v != null; v = v.parent) {
            if (v.errors != null) {
                v.errors.add(record);
            }
        }
    }
}
