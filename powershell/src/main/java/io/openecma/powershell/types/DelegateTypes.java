package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Registers System.Action, System.Action`1..16 and System.Func`1..17: a script block converts to
 * any of them (cast, {@code -as}, typed parameter); the last type argument of a Func is its return
 * type. Mirrors .NET's arities (mscorlib's Action/Func families).
 */
final class DelegateTypes {
    private DelegateTypes() {
    }

    static void register(TypeRegistry r) {
        // [object].Assembly.GetType('System.Action`2') is how scripts reach the open definitions.
        r.register("System.Reflection.Assembly", io.openecma.powershell.types.facades.AssemblyValue.class);
        r.add("System.MulticastDelegate", DelegateValue.class, null, null, true, null, null, null, "System.Delegate");
        PSType[] action = new PSType[1];
        action[0] = r.add("System.Action", DelegateValue.class, null, null, true,
                v -> v instanceof DelegateValue d && d.delegateType().equals(action[0]),
                v -> toDelegate(v, action[0], null), null);
        for (int arity = 1; arity <= 16; arity++) {
            r.defineGeneric("system.action`" + arity, a -> closed("System.Action", a, null));
        }
        for (int arity = 1; arity <= 17; arity++) {
            r.defineGeneric("system.func`" + arity, a -> closed("System.Func", a, a.get(a.size() - 1)));
        }
    }

    private static PSType closed(String name, List<PSType> arguments, PSType returnType) {
        String fullName = name + arguments.stream().map(PSType::fullName).collect(Collectors.joining(",", "[", "]"));
        PSType[] self = new PSType[1];
        self[0] = new PSType(fullName, DelegateValue.class, arguments, null, null, true,
                v -> v instanceof DelegateValue d && d.delegateType().equals(self[0]),
                v -> toDelegate(v, self[0], returnType), null);
        return self[0];
    }

    private static Object toDelegate(Object value, PSType type, PSType returnType) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof DelegateValue d && d.delegateType().equals(type)) {
            return d;
        }
        if (v instanceof ScriptBlock block) {
            return new DelegateValue(type, returnType, block);
        }
        if (v == null) {
            return null;
        }
        throw LanguagePrimitives.cannotConvert(v, type.fullName(), null);
    }
}
