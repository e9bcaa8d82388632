package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.types.PSType;

/**
 * {@code [type].Assembly}: the engine has one type registry, so every type reports the same
 * assembly (mscorlib's name), and {@code GetType(name)} looks a name up in that registry,
 * returning null when no such type exists, as Assembly.GetType(string) does.
 */
public final class AssemblyValue {
    public static final AssemblyValue CORE = new AssemblyValue();
    private static final String FULL_NAME = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";

    private AssemblyValue() {
    }

    public String getFullName() {
        return FULL_NAME;
    }

    public PSType GetType(String name) {
        return name == null ? null : ExecutionContext.current().types().lookup(name);
    }

    @Override
    public String toString() {
        return FULL_NAME;
    }
}
