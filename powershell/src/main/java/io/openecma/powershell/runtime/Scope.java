package io.openecma.powershell.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * One PowerShell scope. Lookups walk the parent chain (dynamic scoping: a function's scope is a
 * child of the current scope of the session state it belongs to: its caller's scope when the
 * caller runs in the same session state, else that session state's own current scope, see
 * {@link #currentScopeOf}). {@code module} names the session state (null: the global one).
 */
public final class Scope {

    private final Scope parent;
    /** The scope that was current when this one was pushed (the call stack); the parent unless set. */
    private final Scope caller;
    private final Map<String, PSVariable> variables = new HashMap<>();
    /** Made on first definition: most scopes (one per function call) define no function or alias. */
    private Map<String, FunctionInfo> functions;
    /** Classes and enums defined in this scope (a script's types are scoped like its functions). */
    private Map<String, io.openecma.powershell.types.PSType> types;
    /** The types 'using module' brought into this scope, by module (null until one does). */
    private ImportedTypes importedTypes;
    /** Names of types defined in this scope after 'using module' brought types in. */
    private java.util.Set<String> ownTypes;
    private java.util.List<String> usingNamespaces;
    private Map<String, SessionAlias> aliases;
    private final ModuleInfo module;
    private final boolean scriptScope;
    private Integer strictVersion;

    public Scope(Scope parent, ModuleInfo module, boolean scriptScope) {
        this(parent, module, scriptScope, parent);
    }

    public Scope(Scope parent, ModuleInfo module, boolean scriptScope, Scope caller) {
        this.parent = parent;
        this.caller = caller;
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
        String key = LanguagePrimitives.fold(name);
        PSVariable v = variables.get(key);
        if (v == null) {
            v = allScope(key);
        }
        if (v == null) {
            variables.put(key, new PSVariable(name, value));
        } else {
            v.setValue(value);
        }
    }

    /**
     * As {@link #set}, for a value made only if the variable is read: a new variable here gets the
     * recipe; an existing one (or an AllScope one) takes the value now, as set would.
     */
    public void setLazy(String name, java.util.function.Supplier<Object> value) {
        String key = LanguagePrimitives.fold(name);
        PSVariable v = variables.get(key);
        if (v == null) {
            v = allScope(key);
        }
        if (v == null) {
            variables.put(key, PSVariable.lazy(name, value));
        } else {
            v.setValue(value.get());
        }
    }

    /** An AllScope variable of an enclosing scope (by folded name): it is the same variable in every child scope. */
    private PSVariable allScope(String key) {
        if (!PSVariable.mayBeAllScope(key)) {
            return null;
        }
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
            FunctionInfo f = s.functions == null ? null : s.functions.get(key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    public void defineFunction(FunctionInfo f) {
        functions().put(LanguagePrimitives.fold(f.name()), f);
    }

    public Map<String, FunctionInfo> functions() {
        if (functions == null) {
            functions = new HashMap<>();
        }
        return functions;
    }

    public void defineType(io.openecma.powershell.types.PSType type) {
        if (types == null) {
            types = new HashMap<>();
        }
        types.put(LanguagePrimitives.fold(type.fullName()), type);
        if (importedTypes != null) {
            // the scope's own class wins over same-named imported ones (no ambiguity)
            if (ownTypes == null) {
                ownTypes = new java.util.HashSet<>();
            }
            ownTypes.add(LanguagePrimitives.fold(type.fullName()));
        }
    }

    /** Whether a class or enum was defined (or imported) in this scope itself. */
    public boolean definesTypes() {
        return types != null && !types.isEmpty();
    }

    /** Makes another scope's classes and enums visible here ('using module' brings a module's types in). */
    public void importTypes(Scope from) {
        if (from.types != null) {
            if (types == null) {
                types = new HashMap<>();
            }
            types.putAll(from.types);
        }
    }

    /** As {@link #importTypes(Scope)}, also by the module-qualified names of the module {@code moduleName}. */
    public void importTypes(Scope from, String moduleName) {
        importTypes(from);
        if (from.types != null) {
            if (importedTypes == null) {
                importedTypes = new ImportedTypes();
            }
            importedTypes.rememberName(moduleName);
            from.types.values().forEach(t -> importedTypes.add(moduleName, t));
        }
    }

    /** A {@code Module.Type} name of a type 'using module' brought in here or in an outer scope, or null. */
    public io.openecma.powershell.types.PSType findQualifiedType(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            io.openecma.powershell.types.PSType t = s.importedTypes == null ? null : s.importedTypes.qualified(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * The module-qualified names a short name could mean when 'using module' brought it in from two
     * modules and the scope that did so defines no type of that name itself; null otherwise.
     */
    public String[] typeAmbiguity(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.types != null && s.types.get(LanguagePrimitives.fold(name)) != null) {
                if (s.importedTypes == null || s.ownTypes != null && s.ownTypes.contains(LanguagePrimitives.fold(name))) {
                    return null;
                }
                return s.importedTypes.ambiguity(name);
            }
        }
        return null;
    }

    /** Namespaces of 'using namespace' in this scope (type names are also looked up under them). */
    public java.util.List<String> usingNamespaces() {
        if (usingNamespaces == null) {
            usingNamespaces = new java.util.ArrayList<>();
        }
        return usingNamespaces;
    }

    /** The 'using namespace' namespaces visible here, innermost scope first. */
    public java.util.List<String> visibleNamespaces() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            if (s.usingNamespaces != null) {
                all.addAll(s.usingNamespaces);
            }
        }
        return all;
    }

    public io.openecma.powershell.types.PSType findType(String name) {
        String key = LanguagePrimitives.fold(name);
        for (Scope s = this; s != null; s = s.parent) {
            if (s.types != null && s.types.get(key) != null) {
                return s.types.get(key);
            }
        }
        return null;
    }

    /** An alias visible here (a private one only in its own scope). */
    public SessionAlias findAlias(String name) {
        String key = LanguagePrimitives.fold(name);
        for (Scope s = this; s != null; s = s.parent) {
            SessionAlias a = s.aliases == null ? null : s.aliases.get(key);
            if (a != null && (s == this || !a.has(ScopedItemOptions.Private))) {
                return a;
            }
        }
        return null;
    }

    public Map<String, SessionAlias> aliases() {
        if (aliases == null) {
            aliases = new HashMap<>();
        }
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

    /**
     * The scope a command of session state {@code module} (null: global) runs under when called
     * from {@code current}: the innermost scope on the call stack that belongs to that session
     * state, else its top scope. So a module function never sees its caller's variables, and a
     * script's function (or script block) called back from inside a module sees the script's.
     */
    public static Scope currentScopeOf(ModuleInfo module, Scope current, Scope global) {
        for (Scope s = current; s != null; s = s.caller) {
            if (s.module == module) {
                return s;
            }
        }
        return module == null ? global : module.scope();
    }

    public void setStrictVersion(Integer version) {
        strictVersion = version;
    }

    /**
     * Strict mode in effect here (0 = off): the nearest scope that set it, but never looking past
     * the top scope of a module, as ExecutionContext.IsStrictVersion does ("We shouldn't check
     * global scope if we were in a module"): a script's Set-StrictMode or Set-PSDebug -Strict
     * (which sets the global scope's version to 1, SetPSDebugCommand.BeginProcessing) does not
     * reach the functions of a module it imported.
     */
    public int strictVersion() {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.strictVersion != null) {
                return s.strictVersion;
            }
            if (s.module != null && s == s.module.scope()) {
                break;
            }
        }
        return 0;
    }
}
