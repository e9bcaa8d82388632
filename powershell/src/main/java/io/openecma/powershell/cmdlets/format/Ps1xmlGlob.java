package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * UpdateData.Glob (Update-Data.cs), shared by Update-FormatData, Update-TypeData and Remove-TypeData:
 * the parameter's paths resolved to file-system files ending in .ps1xml; each other path is a
 * non-terminating error (a missing file under the caller's error id, a wrong extension as WrongExtension).
 */
public final class Ps1xmlGlob {
    private Ps1xmlGlob() {
    }

    public static List<Path> resolve(CommandContext c, String parameter, String errorId) {
        List<Path> out = new ArrayList<>();
        if (!c.isBound(parameter) || c.parameter(parameter) == null) {
            return out;
        }
        for (Object o : LanguagePrimitives.toList(c.parameter(parameter))) {
            String shown = LanguagePrimitives.toStringValue(o);
            Path p = c.fileSystem().resolve(shown);
            if (!Files.exists(p)) {
                c.writeError("System.Management.Automation.ItemNotFoundException", "Cannot find path '" + shown
                        + "' because it does not exist.", errorId, "InvalidOperation", shown);
                continue;
            }
            if (!p.toString().toLowerCase(Locale.ROOT).endsWith(".ps1xml")) {
                c.writeError("System.InvalidOperationException", "Cannot read the file \"" + p
                        + "\"  because it does not have the file name extension \"ps1xml\".", "WrongExtension", "InvalidArgument", null);
                continue;
            }
            out.add(p);
        }
        return out;
    }
}
