package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSReference;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.PSType;

/**
 * [System.Management.Automation.LanguagePrimitives]: the engine's own conversion and truth rules
 * offered to scripts. ConvertTo is the cast ([T]$value) and throws its PSInvalidCastException;
 * TryConvertTo answers false instead and sets the [ref] to the type's default ($null here). The
 * IFormatProvider argument is accepted; conversions already use the invariant culture.
 */
public final class LanguagePrimitivesStatics {
    private LanguagePrimitivesStatics() {
    }

    public static Object ConvertTo(Object valueToConvert, PSType resultType) {
        return convert(valueToConvert, resultType);
    }

    public static Object ConvertTo(Object valueToConvert, PSType resultType, Object formatProvider) {
        return convert(valueToConvert, resultType);
    }

    public static boolean TryConvertTo(Object valueToConvert, PSType resultType, Object result) {
        return tryConvert(valueToConvert, resultType, result);
    }

    public static boolean TryConvertTo(Object valueToConvert, PSType resultType, Object formatProvider, Object result) {
        return tryConvert(valueToConvert, resultType, result);
    }

    public static boolean IsTrue(Object obj) {
        return LanguagePrimitives.isTrue(obj);
    }

    private static Object convert(Object value, PSType type) {
        if (type == null) {
            throw new PSRuntimeException("System.Management.Automation.PSArgumentNullException",
                    "Value cannot be null.\r\nParameter name: resultType").withParamName("resultType");
        }
        Object b = LanguagePrimitives.base(value);
        return b != null && type.isInstance(b) ? b : type.convert(value);
    }

    private static boolean tryConvert(Object value, PSType type, Object result) {
        try {
            PSReference.set(result, convert(value, type));
            return true;
        } catch (PSRuntimeException e) {
            PSReference.set(result, null);
            return false;
        }
    }
}
