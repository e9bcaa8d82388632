package io.openecma.powershell.runtime;

/** [ref]: a box scripts pass to out/ref parameters; Value reads and writes the referenced variable or box. */
public final class PSReference {
    private Object value;
    private final PSVariable variable;

    public PSReference(Object value) {
        this.value = value;
        this.variable = null;
    }

    public PSReference(PSVariable variable) {
        this.variable = variable;
    }

    public Object getValue() {
        return variable != null ? variable.value() : value;
    }

    public void setValue(Object v) {
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
