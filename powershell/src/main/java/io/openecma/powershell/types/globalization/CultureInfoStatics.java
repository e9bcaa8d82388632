package io.openecma.powershell.types.globalization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Statics of {@code [System.Globalization.CultureInfo]}. */
public final class CultureInfoStatics {
    private CultureInfoStatics() {
    }

    public static CultureInfoValue getCurrentCulture() {
        return CurrentCultures.culture();
    }

    public static void setCurrentCulture(Object value) {
        CurrentCultures.setCulture(value);
    }

    public static CultureInfoValue getCurrentUICulture() {
        return CurrentCultures.uiCulture();
    }

    public static void setCurrentUICulture(Object value) {
        CurrentCultures.setUICulture(value);
    }

    public static CultureInfoValue getInvariantCulture() {
        return CultureInfoValue.invariant();
    }

    public static CultureInfoValue GetCultureInfo(String name) {
        return CurrentCultures.convert(name);
    }

    public static CultureInfoValue CreateSpecificCulture(String name) {
        return CurrentCultures.convert(name);
    }

    /** Every culture the JDK knows, invariant first (CultureTypes is not distinguished). */
    public static Object[] GetCultures(Object types) {
        return all().toArray();
    }

    static List<CultureInfoValue> all() {
        List<CultureInfoValue> out = new ArrayList<>();
        out.add(CultureInfoValue.invariant());
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Arrays.stream(Locale.getAvailableLocales()).map(Locale::toLanguageTag).filter(t -> !t.equals("und")).forEach(tags::add);
        for (String t : tags) {
            CultureInfoValue c = CultureInfoValue.ofName(t);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
