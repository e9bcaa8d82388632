package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the attribute objects of a class, property or method from their syntax, for reflection
 * ({@code [C].GetCustomAttributes($false)}). Each known attribute class lists its constructor's
 * parameters as the properties they set and its properties' defaults (CmdletAttribute,
 * ValidateSetAttribute: System.Management.Automation; ObsoleteAttribute: System). Type constraints
 * ({@code [int]}) are no attributes; attributes of other classes are not built (not listed).
 */
public final class AttributeObjects {

    /** A .NET attribute class: full name, what its positional arguments set, and property defaults. */
    private record Kind(String fullName, List<String> positional, boolean paramsArray, Map<String, Object> defaults) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        Map<String, Object> cmdlet = new LinkedHashMap<>();
        cmdlet.put("NounName", null);
        cmdlet.put("VerbName", null);
        cmdlet.put("DefaultParameterSetName", null);
        cmdlet.put("SupportsShouldProcess", false);
        cmdlet.put("SupportsTransactions", false);
        cmdlet.put("SupportsPaging", false);
        cmdlet.put("ConfirmImpact", "Medium");
        cmdlet.put("HelpUri", "");
        add(new Kind("System.Management.Automation.CmdletAttribute", List.of("VerbName", "NounName"), false, cmdlet));
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("ValidValues", null);
        set.put("IgnoreCase", true);
        add(new Kind("System.Management.Automation.ValidateSetAttribute", List.of("ValidValues"), true, set));
        Map<String, Object> obsolete = new LinkedHashMap<>();
        obsolete.put("Message", null);
        obsolete.put("IsError", false);
        add(new Kind("System.ObsoleteAttribute", List.of("Message", "IsError"), false, obsolete));
    }

    private AttributeObjects() {
    }

    private static void add(Kind k) {
        String simple = k.fullName().substring(k.fullName().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        KINDS.put(k.fullName().toLowerCase(Locale.ROOT), k);
        KINDS.put(simple, k);
        KINDS.put(simple.substring(0, simple.length() - "attribute".length()), k);
        String ns = k.fullName().substring(0, k.fullName().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        KINDS.put(ns + simple.substring(0, simple.length() - "attribute".length()), k);
    }

    static final String DYNAMIC_ASSEMBLY = "System.Management.Automation.DynamicClassImplementationAssemblyAttribute";

    /** The .NET full names of the attribute classes this builds (registered as types). */
    public static List<String> typeNames() {
        List<String> names = new ArrayList<>(KINDS.values().stream().map(Kind::fullName).distinct().toList());
        names.add(DYNAMIC_ASSEMBLY);
        return names;
    }

    /** The attribute 5.1 puts on the assembly it emits a script's classes into: the script's path. */
    static AttributeValue dynamicAssembly(String scriptFile) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("ScriptFile", scriptFile);
        return new AttributeValue(DYNAMIC_ASSEMBLY, props);
    }

    /** The attribute objects of these attributes, evaluated in {@code scope}; type constraints are skipped. */
    static List<Object> build(List<AttributeNode> attributes, Scope scope) {
        List<Object> out = new ArrayList<>();
        for (AttributeNode a : attributes) {
            if (a.typeConstraint()) {
                continue;
            }
            Kind k = KINDS.get(a.typeName().name().toLowerCase(Locale.ROOT));
            if (k != null) {
                out.add(TypeDefiner.inScope(scope, () -> instance(k, a, TypeDefiner.interpreter())));
            }
        }
        return out;
    }

    private static AttributeValue instance(Kind k, AttributeNode a, Interpreter in) {
        Map<String, Object> props = new LinkedHashMap<>(k.defaults());
        List<Object> args = new ArrayList<>();
        for (Expression e : a.positional()) {
            args.add(in.eval(e));
        }
        if (k.paramsArray()) {
            List<String> values = new ArrayList<>();
            for (Object v : args) {
                for (Object one : LanguagePrimitives.toList(v)) {
                    values.add(LanguagePrimitives.toStringValue(one));
                }
            }
            props.put(k.positional().get(0), values.toArray(new String[0]));
        } else {
            for (int i = 0; i < args.size() && i < k.positional().size(); i++) {
                props.put(k.positional().get(i), args.get(i));
            }
        }
        for (Map.Entry<String, Expression> named : a.named().entrySet()) {
            // A named argument without a value ([Cmdlet(SupportsPaging)]) is $true, as in param blocks.
            Object v = named.getValue() == null ? Boolean.TRUE : in.eval(named.getValue());
            String key = props.keySet().stream().filter(p -> p.equalsIgnoreCase(named.getKey())).findFirst()
                    .orElse(named.getKey());
            Object old = props.get(key);
            props.put(key, old instanceof Boolean ? (Object) LanguagePrimitives.isTrue(v)
                    : old instanceof String && !(v instanceof String) ? LanguagePrimitives.toStringValue(v) : v);
        }
        return new AttributeValue(k.fullName(), props);
    }
}
