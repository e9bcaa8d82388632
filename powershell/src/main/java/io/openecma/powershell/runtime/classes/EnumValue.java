package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.ScriptDefinedValue;

import java.util.List;

/** A value of a script-defined enum: a number that prints as its enumerator name(s). */
public final class EnumValue extends Number implements ScriptDefinedValue, Comparable<EnumValue> {

    private final ScriptEnum type;
    private final long value;

    EnumValue(ScriptEnum type, long value) {
        this.type = type;
        this.value = value;
    }

    public ScriptEnum enumType() {
        return type;
    }

    /** value__ in the enum's underlying type. */
    private Object underlyingValue() {
        return switch (type.underlyingTypeName()) {
            case "System.Int32" -> (int) value;
            case "System.Int16" -> (short) value;
            case "System.Byte" -> (byte) value;
            case "System.Int64", "System.UInt32", "System.UInt64" -> value;
            default -> (int) value;
        };
    }

    @Override
    public PSType psType() {
        return type.type();
    }

    @Override
    public String displayString() {
        return type.nameOf(value);
    }

    @Override
    public Object jsonView() {
        return value == (int) value ? (Object) (int) value : (Object) value;
    }

    @Override
    public Object getMember(String name) {
        return name.equalsIgnoreCase("value__") ? underlyingValue() : Members.MISSING;
    }

    @Override
    public boolean setMember(String name, Object value) {
        return false;
    }

    @Override
    public Object invokeMember(String name, List<Object> args) {
        if (name.equalsIgnoreCase("HasFlag") && args.size() == 1) {
            long flag = ((EnumValue) type.convert(args.get(0))).value;
            return (value & flag) == flag;
        }
        if (name.equalsIgnoreCase("CompareTo") && args.size() == 1) {
            return compareValue(args.get(0));
        }
        if (name.equalsIgnoreCase("GetTypeCode") && args.isEmpty()) {
            return type.underlyingTypeName().substring(7);
        }
        return Members.MISSING;
    }

    @Override
    public Boolean equalsValue(Object other) {
        Object b = LanguagePrimitives.base(other);
        try {
            return value == ((EnumValue) type.convert(b)).value;
        } catch (PSRuntimeException e) {
            return false;
        }
    }

    @Override
    public Integer compareValue(Object other) {
        return Long.compare(value, ((EnumValue) type.convert(other)).value);
    }

    @Override
    public int compareTo(EnumValue o) {
        return Long.compare(value, o.value);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumValue e && e.type == type && e.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value) * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return displayString();
    }
}
