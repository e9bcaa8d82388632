package io.openecma.powershell.cmdlets;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSVariable;
import io.openecma.powershell.runtime.Scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the *-Variable cmdlets find scopes and variables: -Scope is Global, Local, Script or a
 * number of levels up from the caller (0 is the caller's scope); without -Scope a lookup walks
 * from the caller to the global scope, where a private variable is seen only in its own scope.
 */
final class VariableScopes {
    private VariableScopes() {
    }

    static Scope caller(CommandContext c) {
        return ((CommandContextImpl) c).callerScope();
    }

    /** The scope -Scope names, or null when it was not given. */
    static Scope named(CommandContext c) {
        if (!c.isBound("Scope") || c.parameter("Scope") == null) {
            return null;
        }
        String s = LanguagePrimitives.toStringValue(c.parameter("Scope")).trim();
        Scope caller = caller(c);
        switch (s.toLowerCase(Locale.ROOT)) {
            case "local", "private":
                return caller;
            case "global":
                return ((CommandContextImpl) c).interpreter().context().global();
            case "script":
                return caller.scriptScope();
            default:
                break;
        }
        int levels;
        try {
            levels = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw c.terminatingError("System.Management.Automation.PSArgumentException", "The scope \"" + s + "\" is not valid. "
                    + "Valid scopes are Global, Local, Script, or a number relative to the current scope.",
                    "Argument", "InvalidArgument");
        }
        Scope target = caller;
        for (int i = 0; i < levels && target != null; i++) {
            target = target.parent();
        }
        if (levels < 0 || target == null) {
            throw c.terminatingError("System.Management.Automation.PSArgumentOutOfRangeException",
                    "The scope number '" + s + "' exceeds the number of active scopes.\r\nParameter name: ScopeID\r\n"
                            + "Actual value was " + s + ".", "ArgumentOutOfRange", "InvalidArgument");
        }
        return target;
    }

    /** The scope new variables go to: -Scope, or the caller's. */
    static Scope target(CommandContext c) {
        Scope s = named(c);
        return s != null ? s : caller(c);
    }

    /**
     * Variables whose names match {@code pattern} (and -Include/-Exclude), the nearest one per name,
     * sorted by name: only in {@code scope} when given, else along the lookup chain.
     */
    static List<PSVariable> matching(CommandContext c, String pattern, Scope scope) {
        Wildcard w = Wildcard.compile(pattern, false);
        Map<String, PSVariable> found = new LinkedHashMap<>();
        Scope start = scope != null ? scope : caller(c);
        for (Scope s = start; s != null; s = scope != null ? null : s.parent()) {
            for (PSVariable v : s.variables().values()) {
                if ((s == start || !v.isPrivate()) && w.matches(v.name()) && included(c, v.name())) {
                    found.putIfAbsent(v.name().toLowerCase(Locale.ROOT), v);
                }
            }
        }
        List<PSVariable> out = new ArrayList<>(found.values());
        out.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return out;
    }

    /** The scope a variable lives in, searched from {@code start} (or only there when {@code only}). */
    static Scope home(PSVariable v, Scope start, boolean only) {
        for (Scope s = start; s != null; s = only ? null : s.parent()) {
            if (s.variables().get(v.name().toLowerCase(Locale.ROOT)) == v
                    || s.variables().values().stream().anyMatch(x -> x == v)) {
                return s;
            }
        }
        return null;
    }

    static boolean included(CommandContext c, String name) {
        if (c.isBound("Include") && c.parameter("Include") != null
                && LanguagePrimitives.toList(c.parameter("Include")).stream().noneMatch(p -> matches(p, name))) {
            return false;
        }
        return !(c.isBound("Exclude") && c.parameter("Exclude") != null
                && LanguagePrimitives.toList(c.parameter("Exclude")).stream().anyMatch(p -> matches(p, name)));
    }

    private static boolean matches(Object pattern, String name) {
        return Wildcard.compile(LanguagePrimitives.toStringValue(pattern), false).matches(name);
    }

    static List<String> names(CommandContext c, String parameter) {
        List<String> out = new ArrayList<>();
        if (!c.isBound(parameter) || c.parameter(parameter) == null) {
            out.add("*");
            return out;
        }
        for (Object n : LanguagePrimitives.toList(c.parameter(parameter))) {
            out.add(n == null ? "" : LanguagePrimitives.toStringValue(n));
        }
        return out;
    }
}
