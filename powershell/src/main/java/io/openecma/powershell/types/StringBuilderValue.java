package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;

/** System.Text.StringBuilder. */
public final class StringBuilderValue {
    private final StringBuilder sb;

    public StringBuilderValue(String initial) {
        sb = new StringBuilder(initial);
    }

    public StringBuilderValue Append(Object v) {
        sb.append(LanguagePrimitives.toStringValue(v));
        return this;
    }

    public StringBuilderValue AppendLine() {
        sb.append("\r\n");
        return this;
    }

    public StringBuilderValue AppendLine(Object v) {
        sb.append(LanguagePrimitives.toStringValue(v)).append("\r\n");
        return this;
    }

    public int getLength() {
        return sb.length();
    }

    public StringBuilderValue Clear() {
        sb.setLength(0);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    public String ToString() {
        return sb.toString();
    }
}
