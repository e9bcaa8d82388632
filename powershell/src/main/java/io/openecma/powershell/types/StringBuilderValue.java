package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Operators;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.Arrays;
import java.util.List;

/**
 * System.Text.StringBuilder. Every mutator returns the builder, as in .NET, so scripts write
 * {@code [void]$sb.Append(...)} or chain calls.
 */
public final class StringBuilderValue {
    private final StringBuilder sb;
    private int capacity;

    public StringBuilderValue(String initial) {
        sb = new StringBuilder(initial == null ? "" : initial);
        capacity = Math.max(16, sb.length());
    }

    /** The constructors: (), (string), (int capacity), (string, int capacity), (int capacity, int maxCapacity). */
    static StringBuilderValue create(List<Object> args) {
        Object first = args.isEmpty() ? null : LanguagePrimitives.base(args.get(0));
        if (first instanceof Number n) {
            if (n.intValue() < 0) {
                throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                        "'capacity' must be greater than zero.\r\nParameter name: capacity").withParamName("capacity");
            }
            StringBuilderValue v = new StringBuilderValue("");
            v.capacity = Math.max(n.intValue(), 0);
            return v;
        }
        StringBuilderValue v = new StringBuilderValue(first == null ? "" : LanguagePrimitives.toStringValue(first));
        if (args.size() > 1 && LanguagePrimitives.base(args.get(1)) instanceof Number n) {
            v.capacity = Math.max(n.intValue(), v.sb.length());
        }
        return v;
    }

    public StringBuilderValue Append(Object v) {
        Object b = LanguagePrimitives.base(v);
        if (b instanceof Object[] items && items.length > 0 && Arrays.stream(items).allMatch(i -> i instanceof Character)) {
            for (Object c : items) {
                sb.append((char) (Character) c);
            }
        } else {
            sb.append(LanguagePrimitives.toStringValue(v));
        }
        return grown();
    }

    public StringBuilderValue Append(char value, int repeatCount) {
        if (repeatCount < 0) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Count cannot be less than zero.\r\nParameter name: repeatCount").withParamName("repeatCount");
        }
        io.openecma.powershell.runtime.limits.MemoryBudget.chars((long) sb.length() + repeatCount);
        sb.append(String.valueOf(value).repeat(repeatCount));
        return grown();
    }

    public StringBuilderValue Append(String value, int startIndex, int count) {
        String s = value == null ? "" : value;
        checkRange(s.length(), startIndex, count, "startIndex");
        sb.append(s, startIndex, startIndex + count);
        return grown();
    }

    public StringBuilderValue AppendLine() {
        sb.append("\r\n");
        return grown();
    }

    public StringBuilderValue AppendLine(Object v) {
        sb.append(LanguagePrimitives.toStringValue(v)).append("\r\n");
        return grown();
    }

    public StringBuilderValue AppendFormat(String format, Object... args) {
        List<Object> list = args.length == 1 && args[0] instanceof Object[] inner ? Arrays.asList(inner) : Arrays.asList(args);
        sb.append(Operators.format(format, list));
        return grown();
    }

    public StringBuilderValue Insert(int index, Object value) {
        if (index < 0 || index > sb.length()) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: index")
                    .withParamName("index");
        }
        sb.insert(index, LanguagePrimitives.toStringValue(value));
        return grown();
    }

    public StringBuilderValue Remove(int startIndex, int length) {
        if (length < 0 || startIndex < 0 || startIndex + length > sb.length()) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException", (length < 0
                    ? "Length cannot be less than zero.\r\nParameter name: length"
                    : "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: startIndex"))
                    .withParamName(length < 0 ? "length" : "startIndex");
        }
        sb.delete(startIndex, startIndex + length);
        return this;
    }

    /** Ordinal, case-sensitive replacement; a null or empty new value deletes. */
    public StringBuilderValue Replace(String oldValue, String newValue) {
        return Replace(oldValue, newValue, 0, sb.length());
    }

    public StringBuilderValue Replace(String oldValue, String newValue, int startIndex, int count) {
        if (oldValue == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: oldValue")
                    .withParamName("oldValue");
        }
        if (oldValue.isEmpty()) {
            throw new PSRuntimeException("System.ArgumentException", "String cannot be of zero length.\r\nParameter name: oldValue")
                    .withParamName("oldValue");
        }
        checkRange(sb.length(), startIndex, count, "startIndex");
        String head = sb.substring(0, startIndex);
        String middle = sb.substring(startIndex, startIndex + count).replace(oldValue, newValue == null ? "" : newValue);
        String tail = sb.substring(startIndex + count);
        sb.setLength(0);
        sb.append(head).append(middle).append(tail);
        return grown();
    }

    public StringBuilderValue Replace(char oldChar, char newChar) {
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == oldChar) {
                sb.setCharAt(i, newChar);
            }
        }
        return this;
    }

    public StringBuilderValue Clear() {
        sb.setLength(0);
        return this;
    }

    public int getLength() {
        return sb.length();
    }

    /** Shortening cuts; lengthening pads with '\0', as in .NET. */
    public void setLength(int value) {
        if (value < 0) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Length cannot be less than zero.\r\nParameter name: length").withParamName("length");
        }
        sb.setLength(value);
        grown();
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int value) {
        if (value < sb.length()) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException", "capacity was less than the current size."
                    + "\r\nParameter name: value").withParamName("value");
        }
        capacity = value;
    }

    public int getMaxCapacity() {
        return Integer.MAX_VALUE;
    }

    public int EnsureCapacity(int value) {
        if (value > capacity) {
            capacity = value;
        }
        return capacity;
    }

    /** The indexer's getter, {@code $sb.Chars(0)}. */
    public char Chars(int index) {
        if (index < 0 || index >= sb.length()) {
            throw new PSRuntimeException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.");
        }
        return sb.charAt(index);
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    public String ToString() {
        return sb.toString();
    }

    public String ToString(int startIndex, int length) {
        checkRange(sb.length(), startIndex, length, "startIndex");
        return sb.substring(startIndex, startIndex + length);
    }

    private static void checkRange(int size, int start, int count, String param) {
        if (start < 0 || count < 0 || start + count > size) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: "
                            + param).withParamName(param);
        }
    }

    /** Capacity doubles when the text outgrows it, as .NET's chunks do. */
    private StringBuilderValue grown() {
        io.openecma.powershell.runtime.limits.MemoryBudget.chars(sb.length());
        while (capacity < sb.length()) {
            capacity = Math.max(capacity * 2, 16);
        }
        return this;
    }
}
