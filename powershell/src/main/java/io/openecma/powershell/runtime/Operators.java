package io.openecma.powershell.runtime;

import io.openecma.powershell.runtime.limits.MemoryBudget;

import io.openecma.powershell.dotnet.CompositeFormat;
import io.openecma.powershell.dotnet.DotNetConversionException;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.dotnet.DotNetRegex;
import io.openecma.powershell.dotnet.DotNetRegexException;
import io.openecma.powershell.dotnet.NumberParsing;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.RegexValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/** PowerShell's operators over values (arithmetic, comparison, string, regex, containment, bitwise). */
public final class Operators {

    private Operators() {
    }

    public static String format(String format, List<?> args) {
        try {
            return CompositeFormat.format(format, args, DotNetCulture.EN_US,
                    (v, f, c) -> LanguagePrimitives.toStringValue(v));
        } catch (io.openecma.powershell.dotnet.DotNetFormatException e) {
            throw new PSRuntimeException("FormatException", "Error formatting a string: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- arithmetic

    public static Object add(Object left, Object right) {
        Object l = LanguagePrimitives.base(left);
        Object r = LanguagePrimitives.base(right);
        if (l == null) {
            return r instanceof Object[] a ? a.clone() : r;
        }
        if (l instanceof String s) {
            String tail = LanguagePrimitives.toStringValue(r);
            MemoryBudget.chars((long) s.length() + tail.length());
            return s + tail;
        }
        if (l instanceof Character c) {
            return c + LanguagePrimitives.toStringValue(r);
        }
        if (l instanceof Object[] || l instanceof List<?> && !(l instanceof Map<?, ?>)) {
            List<Object> items = new ArrayList<>(LanguagePrimitives.toList(l));
            if (LanguagePrimitives.isEnumerable(r)) {
                items.addAll(LanguagePrimitives.toList(r));
            } else {
                items.add(r);
            }
            MemoryBudget.grew(items, items.size(), r);
            return items.toArray();
        }
        if (l instanceof PSHashtable h) {
            if (!(r instanceof Map<?, ?> m)) {
                throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                        "A hash table can only be added to another hash table.");
            }
            PSHashtable result = h.copy();
            m.forEach(result::add);
            return result;
        }
        if (l instanceof DotNetDateTime d && r instanceof Duration t) {
            return new DotNetDateTime(d.value().plus(t), d.kind());
        }
        if (l instanceof Duration a && r instanceof Duration b) {
            return a.plus(b);
        }
        return arithmetic(NumberParsing.Operator.ADD, l, r, "+");
    }

    public static Object subtract(Object left, Object right) {
        Object l = LanguagePrimitives.base(left);
        Object r = LanguagePrimitives.base(right);
        if (l instanceof DotNetDateTime a && r instanceof DotNetDateTime b) {
            return Duration.ofNanos((a.ticks() - b.ticks()) * 100);
        }
        if (l instanceof DotNetDateTime d && r instanceof Duration t) {
            return new DotNetDateTime(d.value().minus(t), d.kind());
        }
        if (l instanceof Duration a && r instanceof Duration b) {
            return a.minus(b);
        }
        return arithmetic(NumberParsing.Operator.SUBTRACT, l, r, "-");
    }

    public static Object multiply(Object left, Object right) {
        Object l = LanguagePrimitives.base(left);
        Object r = LanguagePrimitives.base(right);
        if (l instanceof String s) {
            int n = LanguagePrimitives.toNumber(r).intValue();
            MemoryBudget.chars((long) s.length() * Math.max(0, n));
            return s.repeat(Math.max(0, n));
        }
        if (l instanceof Object[] a) {
            int n = LanguagePrimitives.toNumber(r).intValue();
            MemoryBudget.elements((long) a.length * Math.max(0, n));
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.addAll(List.of(a));
            }
            return items.toArray();
        }
        return arithmetic(NumberParsing.Operator.MULTIPLY, l, r, "*");
    }

    public static Object divide(Object left, Object right) {
        return arithmetic(NumberParsing.Operator.DIVIDE, LanguagePrimitives.base(left), LanguagePrimitives.base(right), "/");
    }

    public static Object remainder(Object left, Object right) {
        return arithmetic(NumberParsing.Operator.REMAINDER, LanguagePrimitives.base(left), LanguagePrimitives.base(right), "%");
    }

    private static Object arithmetic(NumberParsing.Operator op, Object l, Object r, String symbol) {
        Number a = LanguagePrimitives.tryNumber(l);
        Number b = LanguagePrimitives.tryNumber(r);
        if (a == null || !(l == null || l instanceof Number || l instanceof Boolean || l instanceof String || l instanceof Character)) {
            throw RuntimeErrors.methodNotFound(io.openecma.powershell.types.TypeRegistry.typeNameOf(l), "op_" + opName(op));
        }
        if (b == null) {
            throw LanguagePrimitives.cannotConvert(r, io.openecma.powershell.types.TypeRegistry.typeNameOf(a),
                    "Input string was not in a correct format.");
        }
        if (a instanceof Short) {
            a = a.intValue();
        }
        if (b instanceof Short) {
            b = b.intValue();
        }
        try {
            return NumberParsing.apply(op, a, b);
        } catch (DotNetConversionException e) {
            if (e.getMessage().contains("divide by zero")) {
                // 5.1 reports an operator's .NET exception as a RuntimeException wrapping it (ErrorId RuntimeException).
                throw new PSRuntimeException("System.Management.Automation.RuntimeException", e.getMessage(),
                        new PSRuntimeException("DivideByZeroException", e.getMessage()));
            }
            throw new PSRuntimeException("System.Management.Automation.RuntimeException", e.getMessage());
        }
    }

    private static String opName(NumberParsing.Operator op) {
        return switch (op) {
            case ADD -> "Addition";
            case SUBTRACT -> "Subtraction";
            case MULTIPLY -> "Multiply";
            case DIVIDE -> "Division";
            case REMAINDER -> "Modulus";
        };
    }

    public static Object negate(Object v) {
        Number n = LanguagePrimitives.toNumber(v);
        return NumberParsing.apply(NumberParsing.Operator.SUBTRACT, 0, n);
    }

    // ---------------------------------------------------------------- comparison

    /** -eq/-ne/-gt/...: a collection on the left filters; a scalar compares. */
    public static Object compare(String op, Object left, Object right) {
        boolean cs = op.startsWith("-c");
        String base = (op.startsWith("-c") || op.startsWith("-i")) && op.length() > 3 && !op.equals("-in") && !op.equals("-is")
                && !op.equals("-isnot") ? "-" + op.substring(2) : op;
        if (LanguagePrimitives.isEnumerable(left)) {
            List<Object> matches = new ArrayList<>();
            LanguagePrimitives.iterate(left).forEachRemaining(item -> {
                if (scalarCompare(base, item, right, cs)) {
                    matches.add(item);
                }
            });
            return matches.toArray();
        }
        return scalarCompare(base, left, right, cs);
    }

    private static boolean scalarCompare(String op, Object l, Object r, boolean cs) {
        return switch (op) {
            case "-eq" -> LanguagePrimitives.equals(l, r, cs);
            case "-ne" -> !LanguagePrimitives.equals(l, r, cs);
            case "-gt" -> LanguagePrimitives.compare(l, r, cs) > 0;
            case "-ge" -> LanguagePrimitives.compare(l, r, cs) >= 0;
            case "-lt" -> LanguagePrimitives.compare(l, r, cs) < 0;
            case "-le" -> LanguagePrimitives.compare(l, r, cs) <= 0;
            case "-like" -> like(l, r, cs);
            case "-notlike" -> !like(l, r, cs);
            default -> throw new IllegalStateException(op);
        };
    }

    private static boolean like(Object l, Object r, boolean cs) {
        try {
            return Wildcard.compile(LanguagePrimitives.toStringValue(r), cs).matches(LanguagePrimitives.toStringValue(l));
        } catch (Wildcard.InvalidPatternException e) {
            throw new PSRuntimeException("System.Management.Automation.WildcardPatternException", e.getMessage());
        }
    }

    static DotNetRegex regex(Object pattern, boolean cs) {
        Object p = LanguagePrimitives.base(pattern);
        try {
            if (p instanceof RegexValue rv) {
                return rv.regex();
            }
            return DotNetRegex.compile(LanguagePrimitives.toStringValue(p), cs ? 0 : DotNetRegex.IGNORE_CASE);
        } catch (DotNetRegexException e) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "The regular expression pattern " + LanguagePrimitives.toStringValue(p) + " is not valid.");
        }
    }

    /** -match / -notmatch; a successful scalar match hands $Matches to {@code matchesSink}. */
    public static Object match(Object left, Object right, boolean cs, boolean negate, Consumer<PSHashtable> matchesSink) {
        DotNetRegex re = regex(right, cs);
        if (LanguagePrimitives.isEnumerable(left)) {
            List<Object> result = new ArrayList<>();
            LanguagePrimitives.iterate(left).forEachRemaining(item -> {
                boolean m = re.matcher(LanguagePrimitives.toStringValue(item)).find();
                if (m != negate) {
                    result.add(item);
                }
            });
            return result.toArray();
        }
        Matcher m = re.matcher(LanguagePrimitives.toStringValue(left));
        boolean found = m.find();
        if (found) {
            PSHashtable table = new PSHashtable();
            re.matchesTable(m.toMatchResult()).forEach(table::put);
            matchesSink.accept(table);
        }
        return found != negate;
    }

    public static Object replace(Object left, Object right, boolean cs) {
        List<Object> spec = LanguagePrimitives.toList(right);
        if (spec.size() > 2) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "The -replace operator allows only two elements to follow it, not " + spec.size() + ".");
        }
        DotNetRegex re = regex(spec.get(0), cs);
        String replacement = spec.size() > 1 ? LanguagePrimitives.toStringValue(spec.get(1)) : "";
        if (LanguagePrimitives.isEnumerable(left)) {
            List<Object> out = new ArrayList<>();
            LanguagePrimitives.iterate(left).forEachRemaining(i -> out.add(re.replace(LanguagePrimitives.toStringValue(i), replacement)));
            return out.toArray();
        }
        return re.replace(LanguagePrimitives.toStringValue(left), replacement);
    }

    /** Unary -split: each item's words, ignoring leading and trailing white space. */
    public static Object split(Object left) {
        List<Object> out = new ArrayList<>();
        for (Object item : LanguagePrimitives.toList(left)) {
            for (String part : LanguagePrimitives.toStringValue(item).strip().split("\\s+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out.toArray(new String[0]);
    }

    public static String join(Object left, Object right) {
        String sep = LanguagePrimitives.toStringValue(right);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object item : LanguagePrimitives.toList(left)) {
            if (!first) {
                sb.append(sep);
            }
            first = false;
            sb.append(LanguagePrimitives.toStringValue(item));
            MemoryBudget.chars(sb.length());
        }
        return sb.toString();
    }

    public static boolean contains(Object collection, Object value, boolean cs) {
        for (Object item : LanguagePrimitives.toList(collection)) {
            if (LanguagePrimitives.equals(item, value, cs)) {
                return true;
            }
        }
        return false;
    }

    public static boolean is(Object value, PSType type) {
        Object v = LanguagePrimitives.unwrapNull(value);
        if (v == null) {
            return false;
        }
        if (type.fullName().equals("System.Management.Automation.PSObject")) {
            // MiscOps.IsInstance: only a value wrapped in a PSObject is one ("hello" -is [psobject] is false).
            return v instanceof PSObject;
        }
        if (type.isInstance(v)) {
            return true;
        }
        return v instanceof PSObject o && !o.isCustomObject() && type.isInstance(o.baseObject());
    }

    public static Object as(Object value, PSType type) {
        try {
            if (is(value, type)) {
                return LanguagePrimitives.base(value);
            }
            return type.convert(value);
        } catch (RuntimeException e) {
            if (e instanceof ControlFlow) {
                throw e;
            }
            return null;
        }
    }

    public static Object range(Object from, Object to) {
        Object[] chars = CharRange.of(from, to);
        if (chars != null) {
            return chars;
        }
        int a = (Integer) LanguagePrimitives.convertTo(from, Integer.class);
        int b = (Integer) LanguagePrimitives.convertTo(to, Integer.class);
        int n = Math.abs(b - a) + 1;
        MemoryBudget.elements(n);
        Object[] result = new Object[n];
        int step = a <= b ? 1 : -1;
        for (int i = 0; i < n; i++) {
            result[i] = a + i * step;
        }
        return result;
    }

    public static Object bitwise(String op, Object left, Object right) {
        long a = LanguagePrimitives.toNumber(enumValue(left)).longValue();
        long b = LanguagePrimitives.toNumber(enumValue(right)).longValue();
        long r = switch (op) {
            case "-band" -> a & b;
            case "-bor" -> a | b;
            case "-bxor" -> a ^ b;
            case "-shl" -> a << b;
            case "-shr" -> a >> b;
            default -> throw new IllegalStateException(op);
        };
        if (LanguagePrimitives.base(left) instanceof io.openecma.powershell.types.ScriptDefinedValue sv
                && !op.equals("-shl") && !op.equals("-shr")) {
            return sv.psType().convert(r); // a script enum's flags combine to the same enum
        }
        Class<? extends Enum<?>> flags = flagsType(left);
        if (flags != null && flags == flagsType(right) && !op.equals("-shl") && !op.equals("-shr")) {
            return io.openecma.powershell.types.FlagsValue.parse(flags, r); // two values of one [Flags] enum stay that enum
        }
        boolean wide = LanguagePrimitives.base(left) instanceof Long || LanguagePrimitives.base(right) instanceof Long;
        return !wide && r == (int) r ? (Object) (int) r : (Object) r;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> flagsType(Object v) {
        Object b = LanguagePrimitives.base(v);
        if (b instanceof io.openecma.powershell.types.FlagsValue f) {
            return f.enumType();
        }
        return b instanceof io.openecma.powershell.types.FlagsEnum e ? (Class<? extends Enum<?>>) ((Enum<?>) e).getDeclaringClass() : null;
    }

    private static Object enumValue(Object v) {
        Object b = LanguagePrimitives.base(v);
        if (b instanceof io.openecma.powershell.types.DotNetEnum d) {
            return d.value();
        }
        if (b instanceof Enum<?> e) {
            return e.ordinal();
        }
        return b;
    }
}
