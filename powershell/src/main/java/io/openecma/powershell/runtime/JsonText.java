package io.openecma.powershell.runtime;

/** Placeholder until the JSON text rules are wired: renders objects as ConvertTo-Json -Compress. */
public final class JsonText {

    private JsonText() {
    }

    public static String compress(Object value, int depth) {
        return LanguagePrimitives.toStringValue(value);
    }
}
