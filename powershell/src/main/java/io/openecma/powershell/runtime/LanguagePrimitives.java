package io.openecma.powershell.runtime;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetConversionException;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.dotnet.NumberFormat;
import io.openecma.powershell.dotnet.NumberParsing;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * PowerShell's value rules after LanguagePrimitives.cs: string rendering, truthiness,
 * enumeration, equality and ordering driven by the left operand, and conversion to Java
 * representations of .NET types.
 */
public final class LanguagePrimitives {

    private LanguagePrimitives() {
    }

    // ---------------------------------------------------------------- strings

    /** How PowerShell renders a value in string expansion and [string] casts (culture-invariant). */
    public static String toStringValue(Object value) {
        value = unwrapNull(value);
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Byte b) {
            return Integer.toString(Byte.toUnsignedInt(b));
        }
        if (value instanceof io.openecma.powershell.types.FlagsValue f) {
            return f.toString();
        }
        if (value instanceof io.openecma.powershell.types.ScriptDefinedValue v) {
            return v.displayString();
        }
        if (value instanceof io.openecma.powershell.types.PSType t) {
            return io.openecma.powershell.types.TypeDisplayName.of(t);
        }
        if (value instanceof Number n) {
            return NumberFormat.toString(n, DotNetCulture.INVARIANT);
        }
        if (value instanceof DotNetDateTime d) {
            return DateTimeFormat.format(d, "MM/dd/yyyy HH:mm:ss", DotNetCulture.INVARIANT, ZoneId.systemDefault());
        }
        if (value instanceof Duration d) {
            return timeSpan(d);
        }
        if (value instanceof PSObject o) {
            if (o.isCustomObject()) {
                StringBuilder sb = new StringBuilder("@{");
                boolean first = true;
                for (PSObject.NoteProperty p : o.properties()) {
                    if (!first) {
                        sb.append("; ");
                    }
                    first = false;
                    sb.append(p.name()).append('=').append(toStringValue(p.value()));
                }
                return sb.append('}').toString();
            }
            return toStringValue(o.baseObject());
        }
        if (value instanceof PSHashtable h) {
            return h.typeName();
        }
        if (value instanceof Map<?, ?> m) {
            return io.openecma.powershell.types.TypeRegistry.typeNameOf(m);
        }
        if (value.getClass().isArray() || value instanceof Iterable<?> && !(value instanceof org.w3c.dom.Node)) {
            StringBuilder sb = new StringBuilder();
            Iterator<?> it = iterate(value);
            boolean first = true;
            String ofs = separator();
            while (it.hasNext()) {
                if (!first) {
                    sb.append(ofs);
                }
                first = false;
                sb.append(toStringValue(it.next()));
            }
            return sb.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof ErrorRecord r) {
            return r.toString();
        }
        if (value instanceof PSRuntimeException e) {
            return e.getMessage();
        }
        if (value instanceof UUID u) {
            return u.toString();
        }
        return String.valueOf(value);
    }

    /** $OFS of the running script (global), or a space. */
    private static String separator() {
        ExecutionContext ctx = ExecutionContext.currentOrNull();
        if (ctx == null) {
            return " ";
        }
        PSVariable v = ctx.global().local("OFS");
        return v == null || v.value() == null ? " " : toStringValue(v.value());
    }

    /** TimeSpan's constant ("c") format: [-][d.]hh:mm:ss[.fffffff]. */
    public static String timeSpan(Duration d) {
        boolean negative = d.isNegative();
        Duration a = d.abs();
        long days = a.toDays();
        long hours = a.toHoursPart();
        long minutes = a.toMinutesPart();
        long seconds = a.toSecondsPart();
        long ticks = a.toNanosPart() / 100;
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (days > 0) {
            sb.append(days).append('.');
        }
        sb.append(String.format("%02d:%02d:%02d", hours, minutes, seconds));
        if (ticks > 0) {
            sb.append('.').append(String.format("%07d", ticks));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- null, truth, enumeration

    public static Object unwrapNull(Object v) {
        return v == AutomationNull.VALUE ? null : v;
    }

    /** The object beneath a PSObject wrapper (custom objects stay themselves). */
    public static Object base(Object v) {
        v = unwrapNull(v);
        if (v instanceof PSObject o && !o.isCustomObject()) {
            return o.baseObject();
        }
        return v;
    }

    public static boolean isTrue(Object value) {
        value = base(value);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof SwitchParameter s) {
            return s.isPresent();
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Character c) {
            return c != '\0';
        }
        if (value instanceof Number n) {
            if (n instanceof BigDecimal d) {
                return d.signum() != 0;
            }
            return n.doubleValue() != 0;
        }
        if (value.getClass().isArray() || value instanceof List<?>) {
            int size = value.getClass().isArray() ? Array.getLength(value) : ((List<?>) value).size();
            if (size == 0) {
                return false;
            }
            if (size == 1) {
                Object only = value.getClass().isArray() ? Array.get(value, 0) : ((List<?>) value).get(0);
                return only != null && (only.getClass().isArray() || only instanceof List<?> || isTrue(only));
            }
            return true;
        }
        return true;
    }

    /** Whether the pipeline unrolls this value: arrays and non-dictionary collections. */
    public static boolean isEnumerable(Object value) {
        value = base(value);
        if (value == null || value instanceof String || value instanceof Map<?, ?>) {
            return false;
        }
        if (value instanceof org.w3c.dom.Node) {
            return false;
        }
        return value.getClass().isArray() || value instanceof Iterable<?> || value instanceof Iterator<?>;
    }

    /** Iterates an enumerable value; a scalar iterates as itself. */
    public static Iterator<?> iterate(Object value) {
        Object v = base(value);
        if (v == null) {
            return List.of().iterator();
        }
        if (v instanceof Object[] a) {
            return java.util.Arrays.asList(a).iterator();
        }
        if (v.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                items.add(Array.get(v, i));
            }
            return items.iterator();
        }
        if (v instanceof Iterable<?> it && !(v instanceof Map<?, ?>)) {
            return it.iterator();
        }
        if (v instanceof Iterator<?> it) {
            return it;
        }
        return java.util.Collections.singletonList(value).iterator();
    }

    /** The items of a value as the pipeline would see them. */
    public static List<Object> toList(Object value) {
        List<Object> items = new ArrayList<>();
        if (unwrapNull(value) == null) {
            if (value == null) {
                items.add(null);
            }
            return items;
        }
        if (isEnumerable(value)) {
            iterate(value).forEachRemaining(items::add);
        } else {
            items.add(value);
        }
        return items;
    }

    /** A pipeline's collected output as a value: nothing is $null, one item is a scalar, more an array. */
    public static Object fromPipeline(List<Object> items) {
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return items.toArray();
    }

    public static int count(Object value) {
        value = base(value);
        if (value == null) {
            return 0;
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value);
        }
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        return 1;
    }

    // ---------------------------------------------------------------- equality and ordering

    /** {@code left -eq right} for scalars, with the left operand choosing the comparison type. */
    public static boolean equals(Object left, Object right, boolean caseSensitive) {
        left = base(left);
        right = base(right);
        if (left == null) {
            return right == null;
        }
        if (right == null) {
            return false;
        }
        Boolean scripted = left instanceof io.openecma.powershell.types.ScriptDefinedValue sv ? sv.equalsValue(right) : null;
        if (scripted != null) {
            return scripted;
        }
        if (left instanceof String ls) {
            String rs = toStringValue(right);
            return caseSensitive ? ls.equals(rs) : ls.equalsIgnoreCase(rs);
        }
        if (left instanceof Character lc) {
            if (right instanceof Character rc) {
                return caseSensitive ? lc.equals(rc)
                        : Character.toLowerCase(lc) == Character.toLowerCase(rc);
            }
            String rs = toStringValue(right);
            return caseSensitive ? String.valueOf(lc).equals(rs) : String.valueOf(lc).equalsIgnoreCase(rs);
        }
        if (left instanceof Number ln) {
            Number rn = tryNumber(right);
            return rn != null && compareNumbers(ln, rn) == 0;
        }
        if (left instanceof Boolean lb) {
            return lb == isTrue(right);
        }
        if (left instanceof Enum<?> e) {
            if (right instanceof Number n) {
                long own = e instanceof io.openecma.powershell.types.DotNetEnum d ? d.value() : e.ordinal();
                return own == n.longValue();
            }
            return e.name().equalsIgnoreCase(toStringValue(right));
        }
        // LanguagePrimitives.Equals converts the right operand to the left's type ([version]'2.0' -eq '2.0');
        // a failed conversion is "not equal".
        if (left instanceof io.openecma.powershell.types.PSType lt && right instanceof String rs) {
            return lt.equals(TypeNameText.resolve(rs));
        }
        if (left instanceof DotNetDateTime || left instanceof UUID || left instanceof Duration || left instanceof Comparable<?>) {
            try {
                return left.equals(convertTo(right, left.getClass()));
            } catch (PSRuntimeException e) {
                return false;
            }
        }
        if (left.equals(right)) {
            return true;
        }
        return false;
    }

    private static Object convertForComparison(Object left, Object right) {
        Object converted;
        try {
            converted = convertTo(right, left.getClass());
        } catch (PSRuntimeException e) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "Could not compare \"" + toStringValue(left) + "\" to \"" + toStringValue(right)
                            + "\". Error: \"" + e.getMessage() + "\"", e);
        }
        if (!left.getClass().isInstance(converted)) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "Cannot compare \"" + toStringValue(left) + "\" because it is not IComparable.");
        }
        return converted;
    }

    /** Orders two scalars for -lt/-gt/Sort, left operand driving; throws when they cannot be compared. */
    public static int compare(Object left, Object right, boolean caseSensitive) {
        left = base(left);
        right = base(right);
        if (left == null) {
            return right == null ? 0 : -1;
        }
        if (right == null) {
            return 1;
        }
        Integer scripted = left instanceof io.openecma.powershell.types.ScriptDefinedValue sv ? sv.compareValue(right) : null;
        if (scripted != null) {
            return scripted;
        }
        if (left instanceof String ls) {
            String rs = toStringValue(right);
            int c = ls.compareToIgnoreCase(rs);
            if (caseSensitive && c == 0) {
                // Culture comparison puts lower case before upper case.
                return -ls.compareTo(rs);
            }
            return c;
        }
        if (left instanceof Number ln) {
            Number rn = tryNumber(right);
            if (rn == null) {
                throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                        "Could not compare \"" + toStringValue(left) + "\" to \"" + toStringValue(right)
                                + "\". Error: \"Cannot convert value \"" + toStringValue(right) + "\" to type \""
                                + io.openecma.powershell.types.TypeRegistry.typeNameOf(ln)
                                + "\". Error: \"Input string was not in a correct format.\"\"");
            }
            return compareNumbers(ln, rn);
        }
        if (left instanceof Boolean lb) {
            return Boolean.compare(lb, isTrue(right));
        }
        if (left instanceof Character lc) {
            return String.valueOf(lc).compareToIgnoreCase(toStringValue(right));
        }
        if (left instanceof Enum<?> e) {
            Object r = right instanceof Enum<?> ? right : convertTo(right, e.getDeclaringClass());
            return e instanceof io.openecma.powershell.types.DotNetEnum d && r instanceof io.openecma.powershell.types.DotNetEnum rd
                    ? Long.compare(d.value(), rd.value()) : Integer.compare(e.ordinal(), ((Enum<?>) r).ordinal());
        }
        if (left instanceof DotNetDateTime ld) {
            DotNetDateTime rd = (DotNetDateTime) convertTo(right, DotNetDateTime.class);
            return ld.value().compareTo(rd.value());
        }
        if (left instanceof Comparable<?> c) {
            // LanguagePrimitives.Compare: the right operand is converted to the left operand's type first
            // ([version]'2.3' -lt '3.0'); a failed conversion is a ComparisonFailure.
            Object converted = left.getClass().isInstance(right) ? right : convertForComparison(left, right);
            @SuppressWarnings("unchecked")
            Comparable<Object> cc = (Comparable<Object>) c;
            return cc.compareTo(converted);
        }
        throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                "Cannot compare \"" + toStringValue(left) + "\" because it is not IComparable.");
    }

    static int compareNumbers(Number a, Number b) {
        a = a instanceof Byte x ? (Number) Byte.toUnsignedInt(x) : a;
        b = b instanceof Byte y ? (Number) Byte.toUnsignedInt(y) : b;
        if (isFloating(a) || isFloating(b)) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (isFloating(n)) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        if (n instanceof io.openecma.powershell.dotnet.ExtraIntegral e) {
            return e.decimalValue();
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /** A number from a number, bool, char or numeric string; null when the value is not one. */
    public static Number tryNumber(Object v) {
        v = base(v);
        if (v == null) {
            return 0;
        }
        if (v instanceof Byte b) {
            // .NET's byte is unsigned; the Java Byte holds its bits.
            return Byte.toUnsignedInt(b);
        }
        if (v instanceof Number n) {
            return n;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Character c) {
            return (int) c;
        }
        if (v instanceof io.openecma.powershell.types.DotNetEnum d) {
            return d.value();
        }
        if (v instanceof Enum<?> e) {
            return e.ordinal();
        }
        if (v instanceof String s) {
            if (s.isBlank()) {
                return 0;
            }
            try {
                return NumberParsing.scan(s);
            } catch (DotNetConversionException e) {
                return null;
            }
        }
        return null;
    }

    /** A number for arithmetic; throws PowerShell's conversion error when the value is not numeric. */
    public static Number toNumber(Object v) {
        Number n = tryNumber(v);
        if (n == null) {
            throw cannotConvert(v, "System.Double", "Input string was not in a correct format.");
        }
        return n;
    }

    // ---------------------------------------------------------------- conversion

    public static PSRuntimeException cannotConvert(Object value, String typeName, String reason) {
        String shown = value == null ? "null" : toStringValue(value);
        String from = value == null ? "null" : io.openecma.powershell.types.TypeRegistry.typeNameOf(value);
        String message = reason == null
                ? "Cannot convert the \"" + shown + "\" value of type \"" + from + "\" to type \"" + typeName + "\"."
                : "Cannot convert value \"" + shown + "\" to type \"" + typeName + "\". Error: \"" + reason + "\"";
        return new PSRuntimeException("System.Management.Automation.PSInvalidCastException", message);
    }

    /** Converts to a Java representation class (the value model's classes). */
    public static Object convertTo(Object value, Class<?> target) {
        value = unwrapNull(value);
        if (target == Object.class) {
            return value;
        }
        if (target == PSObject.class) {
            return value instanceof PSObject ? value : value == null ? null : new PSObject(value);
        }
        Object v = base(value);
        if (v != null && target.isInstance(v) && !(target == Object[].class && !(v instanceof Object[]))) {
            return v;
        }
        if (target == String.class) {
            return v == null ? null : toStringValue(v);
        }
        if (target == boolean.class || target == Boolean.class) {
            return isTrue(v);
        }
        if (target == SwitchParameter.class) {
            return new SwitchParameter(isTrue(v));
        }
        String numberType = numberTypeName(target);
        if (numberType != null) {
            if (v == null) {
                return NumberParsing.convert(0, numberType);
            }
            try {
                if (v instanceof String s) {
                    return NumberParsing.parse(s, numberType);
                }
                if (v instanceof Character c) {
                    return NumberParsing.convert((int) c, numberType);
                }
                if (v instanceof io.openecma.powershell.types.DotNetEnum d) {
                    long n = d.value();
                    return NumberParsing.convert(n == (int) n ? (Object) (int) n : (Object) n, numberType);
                }
                if (v instanceof Enum<?> e) {
                    return NumberParsing.convert(e.ordinal(), numberType);
                }
                if (v instanceof Number || v instanceof Boolean) {
                    return NumberParsing.convert(v, numberType);
                }
            } catch (DotNetConversionException e) {
                PSRuntimeException cast = new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                        e.getMessage());
                String id = v instanceof String ? StringCastErrorIds.forNumberType(numberType) : null;
                throw id == null ? cast : cast.withError(id, StringCastErrorIds.CATEGORY, null);
            }
            throw cannotConvert(v, numberType, null);
        }
        if (v == null) {
            if (target.isPrimitive()) {
                throw cannotConvert(null, target.getName(), null);
            }
            return null;
        }
        if (target == Character.class || target == char.class) {
            if (v instanceof String s && s.length() == 1) {
                return s.charAt(0);
            }
            if (v instanceof Number n) {
                return (char) n.intValue();
            }
            throw cannotConvert(v, "System.Char", "String must be exactly one character long.");
        }
        if (target.isEnum()) {
            return toEnum(v, target);
        }
        if (target == UUID.class) {
            try {
                return UUID.fromString(toStringValue(v).trim().replaceAll("^[{(]|[})]$", ""));
            } catch (IllegalArgumentException e) {
                throw cannotConvert(v, "System.Guid", "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
            }
        }
        if (target == DotNetDateTime.class) {
            if (v instanceof String s) {
                try {
                    return DateTimeFormat.parse(s, DotNetCulture.INVARIANT, ZoneId.systemDefault());
                } catch (RuntimeException e) {
                    throw cannotConvert(v, "System.DateTime",
                            "String was not recognized as a valid DateTime.");
                }
            }
            if (v instanceof Number n) {
                return DotNetDateTime.ofTicks(n.longValue(), DotNetDateTime.Kind.UNSPECIFIED);
            }
        }
        if (target == Duration.class) {
            if (v instanceof Number n) {
                return Duration.ofNanos(n.longValue() * 100);
            }
            if (v instanceof String s) {
                return parseTimeSpan(s);
            }
        }
        if (target == PSHashtable.class && v instanceof Map<?, ?> m) {
            PSHashtable h = new PSHashtable();
            m.forEach(h::put);
            return h;
        }
        if (target.isArray()) {
            if (v == null) {
                return null; // an array is a reference type: [int[]]$null is $null, not @(0)
            }
            Class<?> element = target.getComponentType();
            List<Object> items = new ArrayList<>();
            if (v instanceof String s && (element == Character.class || element == char.class)) {
                s.chars().forEach(ch -> items.add((char) ch));
            } else {
                iterate(value).forEachRemaining(items::add);
            }
            Object array = Array.newInstance(element, items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, convertTo(items.get(i), element));
            }
            return array;
        }
        if (target == io.openecma.powershell.types.PSType.class && v instanceof String && ExecutionContext.currentOrNull() != null) {
            // A type name where a method takes a Type ([Enum]::Parse('System.DayOfWeek', 'Monday')).
            return ExecutionContext.current().types().lookup("System.Type").convert(v);
        }
        if (v instanceof String s) {
            Object parsed = parseWith(s, target);
            if (parsed != null) {
                return parsed;
            }
        }
        throw cannotConvert(v, io.openecma.powershell.types.TypeRegistry.typeNameOfClass(target), null);
    }

    /**
     * PowerShell converts a string to a type that has a public static {@code Parse(string)} by calling
     * it ({@code [T]'text'}); for registered host types (e.g. a [Flags] enum played by a class). Null
     * when the type has none.
     */
    private static Object parseWith(String s, Class<?> target) {
        try {
            java.lang.reflect.Method parse = target.getMethod("Parse", String.class);
            if (!java.lang.reflect.Modifier.isStatic(parse.getModifiers()) || !target.isAssignableFrom(parse.getReturnType())) {
                return null;
            }
            return parse.invoke(null, s);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (java.lang.reflect.InvocationTargetException e) {
            String reason = e.getCause() == null ? null : e.getCause().getMessage();
            throw cannotConvert(s, io.openecma.powershell.types.TypeRegistry.typeNameOfClass(target), reason);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object toEnum(Object v, Class<?> target) {
        if (io.openecma.powershell.types.FlagsEnum.class.isAssignableFrom(target)) {
            // a [Flags] enum takes "Name1, Name2" and numbers (FlagsValue)
            return io.openecma.powershell.types.FlagsValue.parse((Class<? extends Enum<?>>) target, v);
        }
        if (v instanceof Number n) {
            Object[] constants = target.getEnumConstants();
            int i = n.intValue();
            if (i >= 0 && i < constants.length) {
                return constants[i];
            }
        }
        String name = toStringValue(v).trim();
        for (Object c : target.getEnumConstants()) {
            if (((Enum<?>) c).name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Object c : target.getEnumConstants()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(((Enum<?>) c).name());
        }
        throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                "Cannot convert value \"" + name + "\" to type \"" + io.openecma.powershell.types.TypeRegistry.typeNameOfClass(target)
                        + "\". Error: \"Unable to match the identifier name " + name
                        + " to a valid enumerator name. Specify one of the following enumerator names and try again:"
                        + System.lineSeparator() + names + "\"");
    }

    private static Duration parseTimeSpan(String s) {
        String t = s.trim();
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        try {
            long days = 0;
            String[] dayAndTime = t.split("\\.", 2);
            String time = t;
            if (dayAndTime.length == 2 && !dayAndTime[0].contains(":")) {
                days = Long.parseLong(dayAndTime[0]);
                time = dayAndTime[1];
            }
            String[] parts = time.split(":");
            if (parts.length == 1) {
                Duration d = Duration.ofDays(Long.parseLong(parts[0]));
                return negative ? d.negated() : d;
            }
            long h = Long.parseLong(parts[0]);
            long m = Long.parseLong(parts[1]);
            double sec = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
            Duration d = Duration.ofDays(days).plusHours(h).plusMinutes(m).plusNanos(Math.round(sec * 1_000_000_000L));
            return negative ? d.negated() : d;
        } catch (NumberFormatException e) {
            throw cannotConvert(s, "System.TimeSpan", "String was not recognized as a valid TimeSpan.");
        }
    }

    static String numberTypeName(Class<?> c) {
        if (c == Integer.class || c == int.class) {
            return "System.Int32";
        }
        if (c == Long.class || c == long.class) {
            return "System.Int64";
        }
        if (c == Double.class || c == double.class) {
            return "System.Double";
        }
        if (c == BigDecimal.class) {
            return "System.Decimal";
        }
        if (c == Float.class || c == float.class) {
            return "System.Single";
        }
        if (c == Byte.class || c == byte.class) {
            return "System.Byte";
        }
        if (c == Short.class || c == short.class) {
            return "System.Int16";
        }
        return null;
    }

    /**
     * Conversion for typed variables and parameters: like a cast, except that [bool] accepts only
     * Booleans and numbers (a string is refused, unlike the [bool] cast).
     */
    public static Object convertStrict(Object value, io.openecma.powershell.types.PSType type) {
        Object b = base(value);
        if (type.javaClass() == Boolean.class && b != null && !(b instanceof Boolean) && !(b instanceof Number)
                && !(b instanceof SwitchParameter)) {
            throw new PSRuntimeException("System.Management.Automation.ArgumentTransformationMetadataException",
                    "Cannot convert value \"" + io.openecma.powershell.types.TypeRegistry.typeNameOf(b)
                            + "\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.");
        }
        return type.isInstance(b) ? b : type.convert(value);
    }

    /** Lower-cases with the invariant culture (PowerShell's case-insensitive names). */
    public static String fold(String s) {
        return FoldedNames.fold(s);
    }
}
