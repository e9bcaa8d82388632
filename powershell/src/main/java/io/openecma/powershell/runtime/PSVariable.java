package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;

/**
 * A variable: name, value, optional type constraint ([int]$x = ... keeps converting) and the
 * ScopedItemOptions New-Variable/Set-Variable give it (ReadOnly, Constant, Private, AllScope).
 */
public final class PSVariable {
    private final String name;
    private Object value;
    /** A value made on first read (an automatic variable most functions never look at), or null. */
    private java.util.function.Supplier<Object> pending;
    private PSType constraint;
    private long options;
    private String description = "";
    private boolean visibilityPrivate;

    public PSVariable(String name, Object value) {
        this(name, value, false);
    }

    public PSVariable(String name, Object value, boolean readOnly) {
        this.name = name;
        this.value = value;
        this.options = readOnly ? ScopedItemOptions.Constant.bits() : 0;
    }

    public String name() {
        return name;
    }

    public String getName() {
        return name;
    }

    /** A variable whose value is made when first read; see {@link Scope#setLazy}. */
    static PSVariable lazy(String name, java.util.function.Supplier<Object> value) {
        PSVariable v = new PSVariable(name, null);
        v.pending = value;
        return v;
    }

    public Object value() {
        if (pending != null) {
            value = pending.get();
            pending = null;
        }
        return value;
    }

    public Object getValue() {
        return value();
    }

    public void setValue(Object v) {
        if (has(ScopedItemOptions.ReadOnly) || has(ScopedItemOptions.Constant)) {
            throw notWritable(name);
        }
        pending = null;
        value = constraint == null ? v : LanguagePrimitives.convertStrict(v, constraint);
    }

    /** Set-Variable -Force: a read-only variable can be overwritten, a constant one cannot. */
    public void setValueForced(Object v) {
        if (has(ScopedItemOptions.Constant)) {
            throw notWritable(name);
        }
        pending = null;
        value = constraint == null ? v : LanguagePrimitives.convertStrict(v, constraint);
    }

    static PSRuntimeException notWritable(String name) {
        return new PSRuntimeException("System.Management.Automation.SessionStateUnauthorizedAccessException",
                "Cannot overwrite variable " + name + " because it is read-only or constant.")
                .withError("VariableNotWritable", "WriteError", name);
    }

    /** $private:x — visible only in the scope that created it. */
    public void makePrivate() {
        options |= ScopedItemOptions.Private.bits();
    }

    public boolean isPrivate() {
        return has(ScopedItemOptions.Private);
    }

    public boolean has(ScopedItemOptions option) {
        return (options & option.bits()) != 0;
    }

    public long optionBits() {
        return options;
    }

    public void setOptionBits(long bits) {
        options = bits & ~ScopedItemOptions.Unspecified.bits();
        if (has(ScopedItemOptions.AllScope)) {
            ALL_SCOPE_NAMES.add(LanguagePrimitives.fold(name));
        }
    }

    /**
     * The (folded) names any variable was ever given AllScope under (New-Variable/Set-Variable
     * -Option, $PID and $HOME). A new variable of another name need not look through every
     * enclosing scope for one (Scope.set). Names are never taken out: at worst a search is made.
     */
    private static final java.util.Set<String> ALL_SCOPE_NAMES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static boolean mayBeAllScope(String foldedName) {
        return ALL_SCOPE_NAMES.contains(foldedName);
    }

    /** $var.Options as scripts read it ("None", "ReadOnly", "ReadOnly, AllScope"). */
    public Object getOptions() {
        return ScopedItemOptions.of(options);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    /** Public or Private (SessionStateEntryVisibility): a private variable is hidden from commands outside the runspace. */
    public String getVisibility() {
        return visibilityPrivate ? "Private" : "Public";
    }

    public void setVisibilityPrivate(boolean hidden) {
        visibilityPrivate = hidden;
    }

    public void constrain(PSType type) {
        constraint = type;
    }

    public PSType constraint() {
        return constraint;
    }
}
