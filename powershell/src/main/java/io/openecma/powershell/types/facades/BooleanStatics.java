package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.PSReference;
import io.openecma.powershell.runtime.PSRuntimeException;

/** Statics of [bool]. */
public final class BooleanStatics {
    private BooleanStatics() {
    }

    public static boolean Parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.equalsIgnoreCase("true")) {
            return true;
        }
        if (t.equalsIgnoreCase("false")) {
            return false;
        }
        throw new PSRuntimeException("FormatException", "String was not recognized as a valid Boolean.");
    }

    public static boolean TryParse(String s, Object ref) {
        try {
            PSReference.set(ref, Parse(s));
            return true;
        } catch (PSRuntimeException e) {
            PSReference.set(ref, false);
            return false;
        }
    }

    public static String getTrueString() {
        return "True";
    }

    public static String getFalseString() {
        return "False";
    }
}
