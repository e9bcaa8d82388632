package io.openecma.powershell.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * One PowerShell scope. Lookups walk the parent chain (dynamic scoping: a function's scope is a
 * child of its caller's, or of its module's scope for module functions).
 */
public final class Scope {

    private final Scope parent;
    private final Map<String, PSVariable> variables = new HashMap<>();
    private final Map<String, FunctionInfo> functions = new HashMap<>();
    /** Classes and enums defined in this scope (a script's types are scoped like its functions). */
    private Map<String, io.openecma.powershell.types.PSType> types;
    private final ModuleInfo module;
    private final boolean scriptScope;
    private Integer strictVersion;

    public Scope(Scope parent, ModuleInfo module, boolean scriptScope) {
        this.parent = parent;
        this.module = module;
        this.scriptScope = scriptScope;
    }

    public Scope parent() {
        return parent;
    }

    public ModuleInfo module() {
        return module;
    }

    public boolean isScriptScope() {
        return scriptScope;
    }

    public PSVariable find(String name) {
        String key = LanguagePrimitives.fold(name);
        for (Scope s = this; s != null; s = s.parent) {
            PSVariable v = s.variables.get(key);
            if (v != null && (s == this || !v.isPrivate())) {
                return v;
            }
        }
        return null;
    }

    public PSVariable local(String name) {
        return variables.get(LanguagePrimitives.fold(name));
    }

    public void set(String name, Object value) {
        PSVariable v = variables.get(LanguagePrimitives.fold(name));
        if (v == null) {
            variables.put(LanguagePrimitives.fold(name), new PSVariable(name, value));
        } else {
            v.setValue(value);
        }
    }

    public void define(PSVariable variable) {
        variables.put(LanguagePrimitives.fold(variable.name()), variable);
    }

    public boolean remove(String name) {
        return variables.remove(LanguagePrimitives.fold(name)) != null;
    }

    public Map<String, PSVariable> variables() {
        return variables;
    }

    public FunctionInfo findFunction(String name) {
        String key = LanguagePrimitives.fold(name);
        for (Scope s = this; s != null; s = s.parent) {
            FunctionInfo f = s.functions.get(key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    public void defineFunction(FunctionInfo f) {
        functions.put(LanguagePrimitives.fold(f.name()), f);
    }

    public Map<String, FunctionInfo> functions() {
        return functions;
    }

    public void defineType(io.openecma.powershell.types.PSType type) {
        if (types == null) {
            types = new HashMap<>();
        }
        types.put(LanguagePrimitives.fold(type.fullName()), type);
    }

    /** The script-defined type of that name visible here, or null. */
    public io.openecma.powershell.types.PSType findType(String name) {
        String key = LanguagePrimitives.fold(name);
        for (Scope s = this; s != null; s = s.parent) {
            if (s.types != null && s.types.get(key) != null) {
                return s.types.get(key);
            }
        }
        return null;
    }

    /** The nearest script (or module) scope. */
    public Scope scriptScope() {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.scriptScope) {
                return s;
            }
        }
        return this;
    }

    public void setStrictVersion(int version) {
        strictVersion = version;
    }

    /** Strict mode in effect here (0 = off); set per scope and inherited by child scopes. */
    public int strictVersion() {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.strictVersion != null) {
                return s.strictVersion;
            }
        }
        return 0;
    }
}
