/**
 * The .NET dialects PowerShell scripts rely on, in plain Java with no engine dependency, following
 * Windows PowerShell 5.1 on .NET Framework 4.x.
 * <ul>
 * <li>Cultures ({@link io.openecma.powershell.dotnet.DotNetCulture}): casts ({@code [int]"1.5"},
 * {@code [datetime]"..."}) and string interpolation use the invariant culture; {@code -f},
 * {@code ToString()}, Get-Date -Format and Export-Csv values use the current culture, which the host
 * fixes to en-US with the Windows/NLS data of .NET Framework ("50.00 %", "($1.00)").</li>
 * <li>Numbers ({@link io.openecma.powershell.dotnet.NumberFormat},
 * {@link io.openecma.powershell.dotnet.NumberParsing}): Double keeps 15 significant digits
 * (Framework; .NET Core 3+ prints the shortest round-trip form), formatting rounds half away from
 * zero, conversions to integers round half to even, Int32 arithmetic overflows into Double, Decimal
 * outranks Double, System.Byte is unsigned.</li>
 * <li>Dates ({@link io.openecma.powershell.dotnet.DateTimeFormat},
 * {@link io.openecma.powershell.dotnet.DotNetDateTime}): standard and custom formats, Parse and
 * ParseExact; "zzz" on a UTC value shows the local offset (Framework).</li>
 * <li>Text formats: {@link io.openecma.powershell.dotnet.CompositeFormat} ({@code -f}),
 * {@link io.openecma.powershell.dotnet.JsonText} (5.1's ConvertTo-Json layout and escaping,
 * JavaScriptSerializer number types when reading), {@link io.openecma.powershell.dotnet.CsvText}
 * (every value quoted, #TYPE line).</li>
 * <li>Patterns: {@link io.openecma.powershell.dotnet.DotNetRegex} (.NET regex on java.util.regex,
 * .NET group numbering and substitutions), {@link io.openecma.powershell.dotnet.Wildcard}.</li>
 * </ul>
 */
package io.openecma.powershell.dotnet;
