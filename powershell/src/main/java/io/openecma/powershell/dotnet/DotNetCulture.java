package io.openecma.powershell.dotnet;

import java.util.List;

/**
 * The slice of a .NET {@code CultureInfo} that number and date formatting need.
 * Only the invariant culture and en-US (the host default) exist: PowerShell casts and string
 * interpolation use {@link #INVARIANT}, while {@code -f}, {@code ToString()} and Get-Date use the
 * current culture, which the host fixes to {@link #EN_US}. Values are those of .NET Framework 4.x
 * on Windows (Windows PowerShell 5.1), e.g. en-US percent "12.00 %" and negative currency in
 * parentheses, which differ from .NET 5+ on ICU.
 */
public record DotNetCulture(
        String name,
        String decimalSeparator,
        String groupSeparator,
        String negativeSign,
        String currencySymbol,
        int currencyNegativePattern,
        int percentPositivePattern,
        int percentNegativePattern,
        String shortDatePattern,
        String longDatePattern,
        String shortTimePattern,
        String longTimePattern,
        String fullDateTimePattern,
        String monthDayPattern,
        String yearMonthPattern,
        String amDesignator,
        String pmDesignator,
        List<String> monthNames,
        List<String> abbreviatedMonthNames,
        List<String> dayNames,
        List<String> abbreviatedDayNames) {

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> MONTHS_ABBR = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final List<String> DAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday");
    private static final List<String> DAYS_ABBR = List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");

    public static final DotNetCulture INVARIANT = new DotNetCulture("", ".", ",", "-", "\u00a4", 0, 0, 0,
            "MM/dd/yyyy", "dddd, dd MMMM yyyy", "HH:mm", "HH:mm:ss", "dddd, dd MMMM yyyy HH:mm:ss",
            "MMMM dd", "yyyy MMMM", "AM", "PM", MONTHS, MONTHS_ABBR, DAYS, DAYS_ABBR);

    public static final DotNetCulture EN_US = new DotNetCulture("en-US", ".", ",", "-", "$", 0, 0, 0,
            "M/d/yyyy", "dddd, MMMM d, yyyy", "h:mm tt", "h:mm:ss tt", "dddd, MMMM d, yyyy h:mm:ss tt",
            "MMMM d", "MMMM yyyy", "AM", "PM", MONTHS, MONTHS_ABBR, DAYS, DAYS_ABBR);
}
