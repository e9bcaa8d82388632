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
        /** The argument counts a constructor takes: exactly the positional ones, or from one up for a params array. */
        boolean takes(int count) {
            if (fullName.equals("System.ObsoleteAttribute")) {
                return count <= 2; // Obsolete(), Obsolete(message), Obsolete(message, error)
            }
            return paramsArray ? count >= 1 : count == positional.size();
        }
    }

    /** System.Management.Automation.ConfirmImpact's names. */
    private static final List<String> CONFIRM_IMPACT = List.of("None", "Low", "Medium", "High");

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

    private static String confirmImpact(Object v) {
        String text = LanguagePrimitives.toStringValue(v);
        for (String name : CONFIRM_IMPACT) {
            if (name.equalsIgnoreCase(text.trim())) {
                return name;
            }
        }
        throw new io.openecma.powershell.runtime.PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                "Cannot convert value \"" + text + "\" to type \"System.Management.Automation.ConfirmImpact\". Error: \"Unable to "
                        + "match the identifier name " + text + " to a valid enumerator name. Specify one of the following enumerator "
                        + "names and try again:" + System.lineSeparator() + String.join(", ", CONFIRM_IMPACT) + "\"")
                .withError("CannotConvertValue", "InvalidArgument", null);
    }

    /** The type accelerators of an attribute class (TypeAccelerators.cs: [ValidateSet] is ValidateSetAttribute). */
    public static String[] accelerators(String fullName) {
        return fullName.equals("System.Management.Automation.ValidateSetAttribute") ? new String[] {"ValidateSet"} : new String[0];
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

    /**
     * Builds the attributes once when their type is defined, as 5.1 does when it emits them
     * (PSType.cs): an attribute no constructor takes is MethodCountCouldNotFindBest, a value of the
     * wrong kind CannotConvertValue.
     */
    static void construct(List<AttributeNode> attributes, Scope scope) {
        build(attributes, scope);
    }

    private static AttributeValue instance(Kind k, AttributeNode a, Interpreter in) {
        if (!k.takes(a.positional().size())) {
            String simple = k.fullName().substring(k.fullName().lastIndexOf('.') + 1);
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.Management.Automation.MethodException",
                    "Cannot find an overload for \"" + simple + "\" and the argument count: \"" + a.positional().size() + "\".")
                    .withError("MethodCountCouldNotFindBest", "NotSpecified", null);
        }
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
            if (key.equals("ConfirmImpact")) {
                v = confirmImpact(v);
            }
            props.put(key, old instanceof Boolean ? (Object) LanguagePrimitives.isTrue(v)
                    : old instanceof String && !(v instanceof String) ? LanguagePrimitives.toStringValue(v) : v);
        }
        return new AttributeValue(k.fullName(), props);
    }
}
