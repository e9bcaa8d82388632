package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.TypeDefinitionAst;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.ScriptTypeBehavior;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code enum} a script defined: its enumerators' values are worked out on first use (an
 * initializer may name an enum defined further down), each the previous one plus one unless given.
 */
public final class ScriptEnum implements ScriptTypeBehavior {

    /** The underlying integral types 5.1 allows, with their .NET names and ranges. */
    enum Underlying {
        BYTE("System.Byte", 0, 255), SBYTE("System.SByte", -128, 127), INT16("System.Int16", Short.MIN_VALUE, Short.MAX_VALUE),
        UINT16("System.UInt16", 0, 65535), INT32("System.Int32", Integer.MIN_VALUE, Integer.MAX_VALUE),
        UINT32("System.UInt32", 0, 4294967295L), INT64("System.Int64", Long.MIN_VALUE, Long.MAX_VALUE),
        UINT64("System.UInt64", 0, Long.MAX_VALUE);

        final String dotNetName;
        final long min;
        final long max;

        Underlying(String dotNetName, long min, long max) {
            this.dotNetName = dotNetName;
            this.min = min;
            this.max = max;
        }

        static Underlying of(String written) {
            if (written == null) {
                return INT32;
            }
            return switch (written.toLowerCase(Locale.ROOT).replace("system.", "")) {
                case "byte" -> BYTE;
                case "sbyte" -> SBYTE;
                case "short", "int16" -> INT16;
                case "ushort", "uint16" -> UINT16;
                case "uint", "uint32" -> UINT32;
                case "long", "int64" -> INT64;
                case "ulong", "uint64" -> UINT64;
                default -> INT32;
            };
        }
    }

    private final TypeDefinitionAst.EnumDef definition;
    private final Scope scope;
    private final Underlying underlying;
    private final boolean flags;
    private final PSType type;
    private Map<String, Long> values;
    private boolean computing;

    ScriptEnum(TypeDefinitionAst.EnumDef definition, Scope scope) {
        this.definition = definition;
        this.scope = scope;
        this.underlying = Underlying.of(definition.underlying() == null ? null : definition.underlying().toString());
        this.flags = definition.attributes().stream().map(AttributeNode::typeName)
                .anyMatch(n -> n.name().equalsIgnoreCase("Flags") || n.name().equalsIgnoreCase("System.Flags")
                        || n.name().equalsIgnoreCase("FlagsAttribute") || n.name().equalsIgnoreCase("System.FlagsAttribute"));
        this.type = PSType.scriptDefined(definition.name(), EnumValue.class, this);
    }

    public PSType type() {
        return type;
    }

    TypeDefinitionAst definition() {
        return definition;
    }

    public boolean isFlags() {
        return flags;
    }

    public String underlyingTypeName() {
        return underlying.dotNetName;
    }

    /** Enumerator names and values in declaration order. */
    public Map<String, Long> values() {
        if (values != null) {
            return values;
        }
        if (computing) {
            throw new PSRuntimeException("System.Management.Automation.ParseException",
                    "Cannot define enum because of a cycle in the initialization expressions.")
                    .withError("CycleInEnumInitializers", "ParserError", null);
        }
        computing = true;
        try {
            Map<String, Long> result = new LinkedHashMap<>();
            long next = 0;
            boolean overflow = false;
            Interpreter in = TypeDefiner.interpreter();
            for (TypeDefinitionAst.EnumMember m : definition.members()) {
                long v;
                if (m.value() != null) {
                    Object raw = TypeDefiner.inScope(scope, () -> in.eval(m.value()));
                    v = initializerValue(m, raw);
                } else {
                    if (overflow) {
                        throw outOfBounds();
                    }
                    v = next;
                }
                result.put(m.name(), v);
                overflow = v == underlying.max;
                next = v + 1;
            }
            values = result;
            return result;
        } finally {
            computing = false;
        }
    }

    private long initializerValue(TypeDefinitionAst.EnumMember m, Object raw) {
        Object b = LanguagePrimitives.base(raw);
        if (b instanceof EnumValue e) {
            return e.longValue();
        }
        Number n = b instanceof String || b instanceof Character ? null : LanguagePrimitives.tryNumber(b);
        if (n == null) {
            // PSType.cs DefineEnumHelper: a constant that is not a number is a CannotConvertValue parse error.
            throw new PSRuntimeException("System.Management.Automation.ParseException",
                    "Cannot convert value \"" + LanguagePrimitives.toStringValue(b) + "\" to type \"" + underlying.dotNetName
                            + "\". Error: \"Input string was not in a correct format.\"")
                    .withError("CannotConvertValue", "ParserError", null);
        }
        BigInteger big = n instanceof BigInteger bi ? bi : new java.math.BigDecimal(n.toString()).toBigInteger();
        if (big.compareTo(BigInteger.valueOf(underlying.min)) < 0 || big.compareTo(BigInteger.valueOf(underlying.max)) > 0) {
            throw outOfBounds();
        }
        return big.longValue();
    }

    private PSRuntimeException outOfBounds() {
        return new PSRuntimeException("System.Management.Automation.ParseException",
                "Enumerator value is either too large or too small for " + underlying.dotNetName.substring(7) + ".")
                .withError("EnumeratorValueOutOfBounds", "ParserError", null);
    }

    /** The value of that number, in this enum (any number of the underlying range is a value of it). */
    public EnumValue of(long value) {
        return new EnumValue(this, value);
    }

    // ---------------------------------------------------------------- ScriptTypeBehavior

    @Override
    public boolean isInstance(Object value) {
        return LanguagePrimitives.base(value) instanceof EnumValue e && e.enumType() == this;
    }

    @Override
    public Object convert(Object value) {
        Object b = LanguagePrimitives.base(value);
        if (b instanceof EnumValue e && e.enumType() == this) {
            return e;
        }
        if (b instanceof EnumValue e) {
            return of(e.longValue());
        }
        if (b instanceof Number || b instanceof Boolean || b instanceof Enum<?>) {
            return of(LanguagePrimitives.toNumber(b).longValue());
        }
        if (b == null) {
            throw LanguagePrimitives.cannotConvert(null, type.fullName(), null);
        }
        return parse(LanguagePrimitives.toStringValue(b), true);
    }

    /** A name, a comma-separated list of names (or-ed together) or a number, as Enum.Parse reads it. */
    public EnumValue parse(String text, boolean ignoreCase) {
        long bits = 0;
        String[] parts = text.split(",");
        if (parts.length > 1 && !flags) {
            // 5.1 accepts "A, B" for any enum and ors the values.
        }
        for (String raw : parts) {
            String name = raw.strip();
            Long v = lookup(name, ignoreCase);
            if (v == null) {
                try {
                    v = Long.parseLong(name);
                } catch (NumberFormatException e) {
                    throw new PSRuntimeException("System.Management.Automation.PSInvalidCastException",
                            "Cannot convert value \"" + text + "\" to type \"" + type.fullName()
                                    + "\". Error: \"Unable to match the identifier name " + text
                                    + " to a valid enumerator name. Specify one of the following enumerator names and try"
                                    + " again:\n" + String.join(", ", values().keySet()) + "\"");
                }
            }
            bits |= v;
        }
        return of(bits);
    }

    private Long lookup(String name, boolean ignoreCase) {
        for (Map.Entry<String, Long> e : values().entrySet()) {
            if (ignoreCase ? e.getKey().equalsIgnoreCase(name) : e.getKey().equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public Object construct(List<Object> args) {
        if (args.isEmpty()) {
            return of(0);
        }
        throw new PSRuntimeException("System.Management.Automation.MethodException",
                "Cannot find an overload for \"new\" and the argument count: \"" + args.size() + "\".")
                .withError("MethodCountCouldNotFindBest", "NotSpecified", null);
    }

    @Override
    public Object getStatic(String name) {
        Long v = lookup(name, true);
        return v == null ? Members.MISSING : of(v);
    }

    @Override
    public boolean setStatic(String name, Object value) {
        return false;
    }

    @Override
    public Object invokeStatic(String name, List<Object> args) {
        return Members.MISSING;
    }

    /** Names for a value: the enumerator's, or for [Flags] the combination ("A, B") as .NET's Enum.ToString gives it. */
    String nameOf(long value) {
        Map<String, Long> all = values();
        for (Map.Entry<String, Long> e : all.entrySet()) {
            if (e.getValue() == value) {
                return e.getKey();
            }
        }
        if (!flags || value == 0) {
            return Long.toString(value);
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(all.entrySet());
        sorted.sort((a, b) -> Long.compareUnsigned(b.getValue(), a.getValue()));
        long rest = value;
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Long> e : sorted) {
            long v = e.getValue();
            if (v != 0 && (rest & v) == v) {
                names.add(0, e.getKey());
                rest &= ~v;
            }
        }
        return rest != 0 ? Long.toString(value) : String.join(", ", names);
    }
}
