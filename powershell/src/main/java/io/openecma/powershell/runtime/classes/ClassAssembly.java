package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.types.PSType;

/**
 * {@code [C].Assembly} of a script class: 5.1 emits a script's classes into a dynamic assembly
 * marked with DynamicClassImplementationAssemblyAttribute, whose ScriptFile is the script's path
 * (empty for a class defined in memory).
 */
public final class ClassAssembly {
    private final String scriptFile;

    ClassAssembly(String scriptFile) {
        this.scriptFile = scriptFile == null ? "" : scriptFile;
    }

    /** The assembly of the classes of a script or module file (a path that is no .ps1/.psm1 counts as none). */
    public static ClassAssembly forScript(String file) {
        return new ClassAssembly(file != null && (file.endsWith(".ps1") || file.endsWith(".psm1")) ? file : null);
    }

    /** The full name of the assembly 5.1 emits script classes into. */
    static final String NAME = "powershell, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null";

    public String getFullName() {
        return NAME;
    }

    public boolean getIsDynamic() {
        return true;
    }

    public Object[] GetCustomAttributes(boolean inherit) {
        return new Object[] {AttributeObjects.dynamicAssembly(scriptFile)};
    }

    public PSType GetType(String name) {
        return name == null ? null : ExecutionContext.current().types().lookup(name);
    }

    @Override
    public String toString() {
        return getFullName();
    }
}
