package io.openecma.powershell.types.globalization;

import io.openecma.powershell.dotnet.DotNetCulture;

import java.text.DateFormatSymbols;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code System.Globalization.CultureInfo}: its names (from the JDK's locale data, which agree
 * with .NET's English names for the common cultures), LCID, TextInfo.ListSeparator (settable, as on
 * .NET Framework's current culture), and DateTimeFormat/NumberFormat. en-US and the invariant
 * culture carry .NET Framework's exact values ({@link DotNetCulture}); other cultures take names and
 * separators from the JDK and en-US patterns. The engine's own formatting stays en-US whatever
 * culture a script selects.
 */
public final class CultureInfoValue {
    /** LCIDs of the cultures tests and connector scripts name; others report LOCALE_CUSTOM_UNSPECIFIED. */
    private static final Map<String, Integer> LCIDS = Map.ofEntries(Map.entry("", 127), Map.entry("en-US", 1033),
            Map.entry("en-GB", 2057), Map.entry("ru-RU", 1049), Map.entry("fr-FR", 1036), Map.entry("de-DE", 1031),
            Map.entry("tr-TR", 1055), Map.entry("ja-JP", 1041), Map.entry("es-ES", 3082), Map.entry("it-IT", 1040),
            Map.entry("nl-NL", 1043), Map.entry("pt-BR", 1046), Map.entry("zh-CN", 2052), Map.entry("sv-SE", 1053));
    private static final Set<String> KNOWN = Arrays.stream(Locale.getAvailableLocales())
            .map(l -> l.toLanguageTag().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private final String name;
    private final Locale locale;
    private final TextInfoValue textInfo;
    private final DateTimeFormatValue dateTimeFormat;
    private final NumberFormatValue numberFormat;

    private CultureInfoValue(String name, Locale locale) {
        this.name = name;
        this.locale = locale;
        this.textInfo = new TextInfoValue(name, listSeparator(locale));
        DotNetCulture base = name.isEmpty() ? DotNetCulture.INVARIANT : DotNetCulture.EN_US;
        this.dateTimeFormat = new DateTimeFormatValue(base, name.isEmpty() || name.equals("en-US") ? null : DateFormatSymbols.getInstance(locale));
        this.numberFormat = new NumberFormatValue(base, name.isEmpty() || name.equals("en-US") ? null : DecimalFormatSymbols.getInstance(locale));
    }

    public static CultureInfoValue invariant() {
        return new CultureInfoValue("", Locale.ROOT);
    }

    /** {@code new CultureInfo(name)} / {@code GetCultureInfo(name)}: null when the name is no culture. */
    public static CultureInfoValue ofName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (n.isEmpty()) {
            return invariant();
        }
        Locale l = Locale.forLanguageTag(n.replace('_', '-'));
        String tag = l.toLanguageTag();
        if (l.getLanguage().isEmpty() || !KNOWN.contains(tag.toLowerCase(Locale.ROOT)) || !tag.equalsIgnoreCase(n)) {
            return null;
        }
        return new CultureInfoValue(tag, l);
    }

    /** The separator .NET uses between list items: ";" where the decimal separator is a comma. */
    private static String listSeparator(Locale l) {
        if (l == Locale.ROOT || l.getLanguage().isEmpty()) {
            return ",";
        }
        return DecimalFormatSymbols.getInstance(l).getDecimalSeparator() == ',' ? ";" : ",";
    }

    public String getName() {
        return name;
    }

    public String getIetfLanguageTag() {
        return name;
    }

    public int getLCID() {
        return LCIDS.getOrDefault(name, 4096);
    }

    public int getKeyboardLayoutId() {
        return getLCID();
    }

    public String getEnglishName() {
        return name.isEmpty() ? "Invariant Language (Invariant Country)" : locale.getDisplayName(Locale.ENGLISH);
    }

    public String getDisplayName() {
        return getEnglishName();
    }

    public String getNativeName() {
        return name.isEmpty() ? "Invariant Language (Invariant Country)" : locale.getDisplayName(locale);
    }

    public String getTwoLetterISOLanguageName() {
        return name.isEmpty() ? "iv" : locale.getLanguage();
    }

    public String getThreeLetterISOLanguageName() {
        return name.isEmpty() ? "ivl" : locale.getISO3Language();
    }

    public boolean getIsNeutralCulture() {
        return !name.isEmpty() && locale.getCountry().isEmpty();
    }

    public boolean getIsReadOnly() {
        return false;
    }

    public boolean getUseUserOverride() {
        return true;
    }

    public CultureInfoValue getParent() {
        if (name.isEmpty()) {
            return this;
        }
        return locale.getCountry().isEmpty() ? invariant() : new CultureInfoValue(locale.getLanguage(), new Locale(locale.getLanguage()));
    }

    public TextInfoValue getTextInfo() {
        return textInfo;
    }

    public DateTimeFormatValue getDateTimeFormat() {
        return dateTimeFormat;
    }

    public NumberFormatValue getNumberFormat() {
        return numberFormat;
    }

    public CultureInfoValue Clone() {
        CultureInfoValue copy = new CultureInfoValue(name, locale);
        copy.textInfo.setListSeparator(textInfo.getListSeparator());
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CultureInfoValue c && c.name.equalsIgnoreCase(name);
    }

    @Override
    public int hashCode() {
        return name.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
