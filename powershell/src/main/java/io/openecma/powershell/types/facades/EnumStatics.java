package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.classes.ScriptEnum;
import io.openecma.powershell.types.PSType;

import java.util.Arrays;

/** Statics of [enum], for the engine's enums and the ones a script defined. */
public final class EnumStatics {
    private EnumStatics() {
    }

    public static Object[] GetNames(PSType type) {
        if (type.scriptType() instanceof ScriptEnum e) {
            return e.values().keySet().toArray();
        }
        return Arrays.stream(type.javaClass().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray();
    }

    /** [enum]::GetNames("Type.Name"): the string converts to the type, as PowerShell converts it to [type]. */
    public static Object[] GetNames(String typeName) {
        return GetNames(typeNamed(typeName));
    }

    public static Object[] GetValues(String typeName) {
        return GetValues(typeNamed(typeName));
    }

    private static PSType typeNamed(String name) {
        PSType t = ExecutionContext.current().types().lookup(name);
        if (t == null) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                    "Cannot convert the \"" + name + "\" value of type \"System.String\" to type \"System.Type\".");
        }
        return t;
    }

    public static Object[] GetValues(PSType type) {
        if (type.scriptType() instanceof ScriptEnum e) {
            return e.values().values().stream().map(e::of).toArray();
        }
        return type.javaClass().getEnumConstants();
    }

    public static Object Parse(PSType type, String value) {
        return type.convert(value);
    }

    public static Object Parse(PSType type, String value, boolean ignoreCase) {
        if (type.scriptType() instanceof ScriptEnum e) {
            return e.parse(value, ignoreCase);
        }
        return type.convert(value);
    }

    public static boolean IsDefined(PSType type, Object value) {
        if (type.scriptType() instanceof ScriptEnum e) {
            Object v = io.openecma.powershell.runtime.LanguagePrimitives.base(value);
            if (v instanceof String s) {
                return e.values().containsKey(s) || e.values().keySet().stream().anyMatch(s::equals);
            }
            long n = io.openecma.powershell.runtime.LanguagePrimitives.toNumber(v).longValue();
            return e.values().containsValue(n);
        }
        try {
            type.convert(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static PSType GetUnderlyingType(PSType type) {
        String name = type.scriptType() instanceof ScriptEnum e ? e.underlyingTypeName() : "System.Int32";
        return ExecutionContext.current().types().lookup(name);
    }
}
