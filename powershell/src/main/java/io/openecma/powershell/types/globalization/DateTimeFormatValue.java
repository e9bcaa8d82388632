package io.openecma.powershell.types.globalization;

import io.openecma.powershell.dotnet.DotNetCulture;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;

/** {@code System.Globalization.DateTimeFormatInfo}: a culture's date patterns and names. */
public final class DateTimeFormatValue {
    private final DotNetCulture c;
    private final DateFormatSymbols symbols;

    DateTimeFormatValue(DotNetCulture c, DateFormatSymbols symbols) {
        this.c = c;
        this.symbols = symbols;
    }

    public String getShortDatePattern() {
        return c.shortDatePattern();
    }

    public String getLongDatePattern() {
        return c.longDatePattern();
    }

    public String getShortTimePattern() {
        return c.shortTimePattern();
    }

    public String getLongTimePattern() {
        return c.longTimePattern();
    }

    public String getFullDateTimePattern() {
        return c.fullDateTimePattern();
    }

    public String getMonthDayPattern() {
        return c.monthDayPattern();
    }

    public String getYearMonthPattern() {
        return c.yearMonthPattern();
    }

    public String getAMDesignator() {
        return symbols == null ? c.amDesignator() : symbols.getAmPmStrings()[0];
    }

    public String getPMDesignator() {
        return symbols == null ? c.pmDesignator() : symbols.getAmPmStrings()[1];
    }

    public String getDateSeparator() {
        return "/";
    }

    public String getTimeSeparator() {
        return ":";
    }

    public Object[] getDayNames() {
        return symbols == null ? c.dayNames().toArray() : Arrays.copyOfRange(symbols.getWeekdays(), 1, 8);
    }

    public Object[] getAbbreviatedDayNames() {
        return symbols == null ? c.abbreviatedDayNames().toArray() : Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8);
    }

    /** .NET's month-name arrays have 13 entries, the last empty. */
    public Object[] getMonthNames() {
        return thirteen(symbols == null ? c.monthNames() : Arrays.asList(symbols.getMonths()).subList(0, 12));
    }

    public Object[] getAbbreviatedMonthNames() {
        return thirteen(symbols == null ? c.abbreviatedMonthNames() : Arrays.asList(symbols.getShortMonths()).subList(0, 12));
    }

    private static Object[] thirteen(List<String> twelve) {
        Object[] out = Arrays.copyOf(twelve.toArray(), 13);
        out[12] = "";
        return out;
    }
}
