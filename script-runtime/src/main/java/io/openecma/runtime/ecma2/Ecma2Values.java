package io.openecma.runtime.ecma2;

import io.openecma.powershell.runtime.PSObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How script values reach the ECMA2 types: PSObject wrappers removed, lists spread, types named for errors. */
public final class Ecma2Values {

    private Ecma2Values() {
    }

    /** The value under a PSObject wrapper (Add-Member'd strings and the like); anything else as is. */
    public static Object unwrap(Object value) {
        Object v = value;
        while (v instanceof PSObject p && !p.isCustomObject()) {
            v = p.baseObject();
        }
        return v;
    }

    /**
     * One value or a list of values: arrays and lists spread; strings, maps and byte arrays are one
     * value (a script's {@code [byte[]]} is a boxed Byte[] in the engine; it becomes a byte[]).
     */
    public static List<Object> valuesOf(Object valueOrValues) {
        Object v = binary(unwrap(valueOrValues));
        List<Object> values = new ArrayList<>();
        if (v instanceof Object[] array) {
            for (Object item : array) {
                addValue(values, item);
            }
        } else if (v instanceof Iterable<?> items && !(v instanceof Map<?, ?>)) {
            for (Object item : items) {
                addValue(values, item);
            }
        } else {
            addValue(values, v);
        }
        return values;
    }

    /** A boxed Byte[] as byte[]; anything else as is. */
    public static Object binary(Object value) {
        if (value instanceof Byte[] boxed) {
            byte[] bytes = new byte[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                bytes[i] = boxed[i] == null ? 0 : boxed[i];
            }
            return bytes;
        }
        return value;
    }

    /** byte[] as the boxed Byte[] the engine treats as [byte[]]. */
    public static Byte[] boxed(byte[] bytes) {
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return boxed;
    }

    private static void addValue(List<Object> values, Object item) {
        Object value = binary(unwrap(item));
        if (value != null) {
            values.add(value);
        }
    }

    /** A value that came from outside the engine (the pwsh runtime's results) and names itself in errors. */
    public interface Described {
        String description();
    }

    /** How an error message names what a script produced: its .NET-ish type and, for scalars, the value. */
    public static String describe(Object value) {
        Object v = unwrap(value);
        if (v == null) {
            return "$null";
        }
        if (v instanceof Described d) {
            return d.description();
        }
        if (v instanceof String s) {
            return "a string (\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\")";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return "a " + v.getClass().getSimpleName() + " (" + v + ")";
        }
        if (v instanceof PSObject) {
            return "a PSCustomObject";
        }
        if (v instanceof Object[] a) {
            return "an array of " + a.length + " items";
        }
        String pkg = v.getClass().getPackageName();
        if (pkg.equals(Ecma2Values.class.getPackageName())) {
            return "a Microsoft.MetadirectoryServices." + v.getClass().getSimpleName();
        }
        return "a " + v.getClass().getSimpleName();
    }
}
