package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Instance members of System.String (first parameter is the string). */
public final class StringMembers {
    private StringMembers() {
    }

    public static int getLength(String s) {
        return s.length();
    }

    /** Split(char[]/string separators): each character of a string argument is a separator, as .NET's char[] overload. */
    public static String[] Split(String s, Object separators) {
        List<Character> seps = new ArrayList<>();
        LanguagePrimitives.iterate(separators).forEachRemaining(v -> {
            for (char c : LanguagePrimitives.toStringValue(v).toCharArray()) {
                seps.add(c);
            }
        });
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (seps.contains(s.charAt(i))) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts.toArray(new String[0]);
    }

    public static String[] Split(String s) {
        return s.split("\\s", -1);
    }

    public static String[] Split(String s, Object separators, StringSplitOptions options) {
        String[] all = Split(s, separators);
        if (options == StringSplitOptions.RemoveEmptyEntries) {
            return java.util.Arrays.stream(all).filter(x -> !x.isEmpty()).toArray(String[]::new);
        }
        return all;
    }

    /** System.StringSplitOptions. */
    public enum StringSplitOptions { None, RemoveEmptyEntries }

    public static String[] Split(String s, Object separators, int count) {
        String[] all = Split(s, separators);
        if (count <= 0 || all.length <= count) {
            return all;
        }
        // Rejoin the tail into the last piece: find the offset where piece 'count' starts.
        int offset = 0;
        for (int i = 0; i < count - 1; i++) {
            offset += all[i].length() + 1;
        }
        String[] result = new String[count];
        System.arraycopy(all, 0, result, 0, count - 1);
        result[count - 1] = s.substring(offset);
        return result;
    }

    public static String Replace(String s, String oldValue, String newValue) {
        if (oldValue == null || oldValue.isEmpty()) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentException", "String cannot be of zero length.");
        }
        return s.replace(oldValue, newValue == null ? "" : newValue);
    }

    public static String Trim(String s) {
        return s.strip();
    }

    public static String Trim(String s, Object chars) {
        return TrimEnd(TrimStart(s, chars), chars);
    }

    public static String TrimStart(String s) {
        return s.stripLeading();
    }

    public static String TrimStart(String s, Object chars) {
        String set = charSet(chars);
        int i = 0;
        while (i < s.length() && set.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    public static String TrimEnd(String s) {
        return s.stripTrailing();
    }

    public static String TrimEnd(String s, Object chars) {
        String set = charSet(chars);
        int i = s.length();
        while (i > 0 && set.indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return s.substring(0, i);
    }

    private static String charSet(Object chars) {
        StringBuilder sb = new StringBuilder();
        LanguagePrimitives.iterate(chars).forEachRemaining(v -> sb.append(LanguagePrimitives.toStringValue(v)));
        return sb.toString();
    }

    public static String ToUpper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static String ToLower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static String ToUpperInvariant(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static String ToLowerInvariant(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static String Substring(String s, int start) {
        check(start >= 0 && start <= s.length(), "startIndex cannot be larger than length of string.");
        return s.substring(start);
    }

    public static String Substring(String s, int start, int length) {
        check(start >= 0 && length >= 0 && start + length <= s.length(), "Index and length must refer to a location within the string.");
        return s.substring(start, start + length);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("ArgumentOutOfRangeException", message);
        }
    }

    public static int IndexOf(String s, String value) {
        return s.indexOf(value);
    }

    public static int IndexOf(String s, String value, int start) {
        return s.indexOf(value, start);
    }

    public static int LastIndexOf(String s, String value) {
        return s.lastIndexOf(value);
    }

    public static boolean StartsWith(String s, String value) {
        return s.startsWith(value);
    }

    public static boolean StartsWith(String s, String value, Object comparison) {
        return LanguagePrimitives.toStringValue(comparison).toLowerCase(Locale.ROOT).contains("ignorecase")
                ? s.toLowerCase(Locale.ROOT).startsWith(value.toLowerCase(Locale.ROOT)) : s.startsWith(value);
    }

    public static boolean EndsWith(String s, String value) {
        return s.endsWith(value);
    }

    public static boolean EndsWith(String s, String value, Object comparison) {
        return LanguagePrimitives.toStringValue(comparison).toLowerCase(Locale.ROOT).contains("ignorecase")
                ? s.toLowerCase(Locale.ROOT).endsWith(value.toLowerCase(Locale.ROOT)) : s.endsWith(value);
    }

    public static boolean Contains(String s, String value) {
        return s.contains(value);
    }

    public static String PadLeft(String s, int width) {
        return PadLeft(s, width, ' ');
    }

    public static String PadLeft(String s, int width, char c) {
        return s.length() >= width ? s : String.valueOf(c).repeat(width - s.length()) + s;
    }

    public static String PadRight(String s, int width) {
        return PadRight(s, width, ' ');
    }

    public static String PadRight(String s, int width, char c) {
        return s.length() >= width ? s : s + String.valueOf(c).repeat(width - s.length());
    }

    public static String Insert(String s, int index, String value) {
        return s.substring(0, index) + value + s.substring(index);
    }

    public static String Remove(String s, int start) {
        return s.substring(0, start);
    }

    public static String Remove(String s, int start, int count) {
        return s.substring(0, start) + s.substring(start + count);
    }

    /** String.Clone returns the same (immutable) string. */
    public static String Clone(String s) {
        return s;
    }

    public static char[] ToCharArray(String s) {
        return s.toCharArray();
    }

    public static int CompareTo(String s, String other) {
        return Integer.signum(s.compareToIgnoreCase(other));
    }

    public static boolean Equals(String s, Object other) {
        return other != null && s.equals(LanguagePrimitives.toStringValue(other));
    }

    public static char get_Chars(String s, int index) {
        return s.charAt(index);
    }
}
