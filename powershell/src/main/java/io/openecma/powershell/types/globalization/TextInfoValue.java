package io.openecma.powershell.types.globalization;

import java.util.Locale;

/** {@code System.Globalization.TextInfo}: the list separator and case mapping of a culture. */
public final class TextInfoValue {
    private final String cultureName;
    private String listSeparator;

    TextInfoValue(String cultureName, String listSeparator) {
        this.cultureName = cultureName;
        this.listSeparator = listSeparator;
    }

    public String getCultureName() {
        return cultureName;
    }

    public String getListSeparator() {
        return listSeparator;
    }

    public void setListSeparator(String value) {
        if (value == null) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.ArgumentNullException",
                    "Value cannot be null.\r\nParameter name: value");
        }
        this.listSeparator = value;
    }

    public String ToUpper(String s) {
        return s.toUpperCase(locale());
    }

    public String ToLower(String s) {
        return s.toLowerCase(locale());
    }

    public String ToTitleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char ch : s.toCharArray()) {
            sb.append(start ? Character.toTitleCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetterOrDigit(ch) && ch != '\'';
        }
        return sb.toString();
    }

    private Locale locale() {
        return cultureName.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(cultureName);
    }

    @Override
    public String toString() {
        return "TextInfo - " + cultureName;
    }
}
