package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.dotnet.DateTimeFormat;
import io.openecma.powershell.dotnet.DotNetCulture;
import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;

import java.time.ZoneId;

/**
 * How a DateTime shows in formatted output: 5.1's types.ps1xml gives System.DateTime a "DateTime"
 * script property (long date, long time, or both by the DisplayHint note Get-Date adds) and
 * DotNetTypes.format.ps1xml shows only that property.
 */
public final class DateTimeDisplay {
    private DateTimeDisplay() {
    }

    /** Get-Date -DisplayHint: the date with its DisplayHint note (Date, Time or DateTime). */
    public static Object withHint(CommandContext c, DotNetDateTime dt, Object hint) {
        String text = LanguagePrimitives.toStringValue(hint);
        String name = null;
        for (String h : new String[]{"Date", "Time", "DateTime"}) {
            if (h.equalsIgnoreCase(text.strip())) {
                name = h;
            }
        }
        if (name == null) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Cannot bind parameter 'DisplayHint'. Cannot convert value \"" + text + "\" to type "
                            + "\"Microsoft.PowerShell.Commands.DisplayHintType\". Error: \"Unable to match the identifier name " + text
                            + " to a valid enumerator name. Specify one of the following enumerator names and try again:\r\nDate, Time, DateTime\"",
                    "CannotConvertArgumentNoMessage", "InvalidArgument");
        }
        PSObject wrapped = new PSObject(dt);
        wrapped.setProperty("DisplayHint", name);
        return wrapped;
    }

    /** The DateTime script property's text, in the host's culture (en-US). */
    static String text(Object value) {
        DotNetDateTime dt = (DotNetDateTime) LanguagePrimitives.base(value);
        Object hint = value instanceof PSObject o ? o.get("DisplayHint") : null;
        String h = hint == null ? "" : LanguagePrimitives.toStringValue(hint);
        ZoneId zone = ZoneId.systemDefault();
        String date = DateTimeFormat.format(dt, DotNetCulture.EN_US.longDatePattern(), DotNetCulture.EN_US, zone);
        String time = DateTimeFormat.format(dt, DotNetCulture.EN_US.longTimePattern(), DotNetCulture.EN_US, zone);
        return h.equalsIgnoreCase("Date") ? date : h.equalsIgnoreCase("Time") ? time : date + " " + time;
    }
}
