package io.openecma.powershell.types;

import io.openecma.powershell.types.globalization.CultureInfoStatics;
import io.openecma.powershell.types.globalization.CultureInfoValue;
import io.openecma.powershell.types.globalization.CurrentCultures;
import io.openecma.powershell.types.globalization.DateTimeFormatValue;
import io.openecma.powershell.types.globalization.NumberFormatValue;
import io.openecma.powershell.types.globalization.TextInfoValue;
import io.openecma.powershell.types.globalization.ThreadValue;

/**
 * The .NET types the Utility cmdlets' objects need: the PSTypeNames collection, CultureInfo and its
 * parts (Get-Culture, -UseCulture), and System.Threading.Thread's culture properties.
 */
final class UtilityCmdletTypes {
    private UtilityCmdletTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.Collections.ObjectModel.Collection`1[[System.String]]", TypeNameCollection.class, null, null, true,
                null, null, null);
        r.add("System.Globalization.CultureInfo", CultureInfoValue.class, CultureInfoStatics.class, null, true, null,
                CurrentCultures::convert, args -> CurrentCultures.convert(args.isEmpty() ? null : args.get(0)), "cultureinfo");
        r.add("System.Globalization.TextInfo", TextInfoValue.class, null, null, true, null, null, null);
        r.add("System.Globalization.DateTimeFormatInfo", DateTimeFormatValue.class, null, null, true, null, null, null);
        r.add("System.Globalization.NumberFormatInfo", NumberFormatValue.class, null, null, true, null, null, null);
        r.add("System.Threading.Thread", ThreadValue.class, ThreadValue.class, null, true, null, null, null);
        r.add("System.TimeZone", io.openecma.powershell.types.globalization.TimeZoneValue.class,
                io.openecma.powershell.types.globalization.TimeZoneValue.class, null, true, null, null, null);
    }
}
