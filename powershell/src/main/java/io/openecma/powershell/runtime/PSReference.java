package io.openecma.powershell.runtime;

/** [ref]: a box scripts pass to out/ref parameters; Value reads and writes the referenced variable or box. */
public final class PSReference {
    private Object value;
    private final PSVariable variable;
    private final boolean discards;

    public PSReference(Object value) {
        this.value = value;
        this.variable = null;
        this.discards = false;
    }

    public PSReference(PSVariable variable) {
        this.variable = variable;
        this.discards = false;
    }

    private PSReference() {
        this.variable = null;
        this.discards = true;
    }

    /** {@code [ref]$null}: a reference to the null variable, whose assignments are discarded (NullVariable). */
    public static PSReference toNull() {
        return new PSReference();
    }

    public Object getValue() {
        return variable != null ? variable.value() : value;
    }

    public void setValue(Object v) {
        if (discards) {
            return;
        }
        if (variable != null) {
            variable.setValue(v);
        } else {
            value = v;
        }
    }

    /** Writes through a [ref] argument; ignores anything else (a method's out parameter given a plain value). */
    public static void set(Object ref, Object v) {
        if (ref instanceof PSReference r) {
            r.setValue(v);
        }
    }
}
