package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;

/** A variable: name, value and optional type constraint ([int]$x = ... keeps converting). */
public final class PSVariable {
    private final String name;
    private Object value;
    private PSType constraint;
    private final boolean readOnly;
    private boolean isPrivate;

    public PSVariable(String name, Object value) {
        this(name, value, false);
    }

    public PSVariable(String name, Object value, boolean readOnly) {
        this.name = name;
        this.value = value;
        this.readOnly = readOnly;
    }

    public String name() {
        return name;
    }

    public String getName() {
        return name;
    }

    public Object value() {
        return value;
    }

    public Object getValue() {
        return value;
    }

    public void setValue(Object v) {
        if (readOnly) {
            throw new PSRuntimeException("System.Management.Automation.SessionStateUnauthorizedAccessException",
                    "Cannot overwrite variable " + name + " because it is read-only or constant.");
        }
        value = constraint == null ? v : LanguagePrimitives.convertStrict(v, constraint);
    }

    /** $private:x — visible only in the scope that created it. */
    public void makePrivate() {
        isPrivate = true;
    }

    public boolean isPrivate() {
        return isPrivate;
    }

    public void constrain(PSType type) {
        constraint = type;
    }

    public PSType constraint() {
        return constraint;
    }
}
