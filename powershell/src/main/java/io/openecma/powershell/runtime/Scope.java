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
    private final Map<String, SessionAlias> aliases = new HashMap<>();
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
            v = allScope(name);
        }
        if (v == null) {
            variables.put(LanguagePrimitives.fold(name), new PSVariable(name, value));
        } else {
            v.setValue(value);
        }
    }

    /** An AllScope variable of an enclosing scope: it is the same variable in every child scope. */
    private PSVariable allScope(String name) {
        String key = LanguagePrimitives.fold(name);
        for (Scope s = parent; s != null; s = s.parent) {
            PSVariable v = s.variables.get(key);
            if (v != null && v.has(ScopedItemOptions.AllScope)) {
                return v;
            }
        }
        return null;
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

    /** An alias visible here (a private one only in its own scope). */
    public SessionAlias findAlias(String name) {
        String key = LanguagePrimitives.fold(name);
        for (Scope s = this; s != null; s = s.parent) {
            SessionAlias a = s.aliases.get(key);
            if (a != null && (s == this || !a.has(ScopedItemOptions.Private))) {
                return a;
            }
        }
        return null;
    }

    public Map<String, SessionAlias> aliases() {
        return aliases;
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
