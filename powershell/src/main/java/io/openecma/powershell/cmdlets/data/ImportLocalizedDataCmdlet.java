package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.globalization.CultureInfoValue;
import io.openecma.powershell.types.globalization.CurrentCultures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Import-LocalizedData (ImportLocalizedData.cs): finds FILE.psd1 (FILE is -FileName, else the calling
 * script's name) under BASE/CULTURE for the UI culture and its parents (and en-US when -UICulture is not
 * given), then BASE itself (BASE is -BaseDirectory, else the calling script's folder); runs it as a data
 * section allowing ConvertFrom-StringData and -SupportedCommand; assigns the result to -BindingVariable
 * (local unless scope-qualified) or writes it.
 */
final class ImportLocalizedDataCmdlet {
    /** 5.1's class is ImportLocalizedData, without the usual Command suffix. */
    private static final String CLASS = ",Microsoft.PowerShell.Commands.ImportLocalizedData";

    private ImportLocalizedDataCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Import-LocalizedData", () -> ImportLocalizedDataCmdlet::run,
                ParameterSpec.positional("BindingVariable", "string", 0).withAliases("Variable"),
                ParameterSpec.positional("UICulture", "string", 1),
                ParameterSpec.named("BaseDirectory", "string"),
                ParameterSpec.named("FileName", "string"),
                ParameterSpec.named("SupportedCommand", "string[]"));
    }

    private static void run(CommandContext c) {
        Path file = find(c);
        if (file == null) {
            return;
        }
        List<String> supported = c.isBound("SupportedCommand") ? CmdletArguments.strings(c, "SupportedCommand") : List.of();
        Object result;
        try {
            String text = FileText.read(file, FileEncodings.DEFAULT);
            // The data file is checked and run as the block of a data section with these commands.
            StringBuilder wrapped = new StringBuilder("data ");
            if (!supported.isEmpty()) {
                wrapped.append("-SupportedCommand ");
                for (int i = 0; i < supported.size(); i++) {
                    wrapped.append(i > 0 ? "," : "").append('\'').append(supported.get(i).replace("'", "''")).append('\'');
                }
            }
            wrapped.append(" {\n").append(text).append("\n}");
            ScriptBlock block = new ScriptBlock(Parser.parseScript(file.toString(), wrapped.toString()), null);
            List<Object> out = c.invoke(block, null);
            result = out.isEmpty() ? null : out.size() == 1 ? out.get(0) : out.toArray();
        } catch (ParseException | PSRuntimeException e) {
            throw c.terminatingError("System.Management.Automation.PSInvalidOperationException",
                    "The following error occurred while PowerShell was loading the '" + file + "' script data file:\r\n"
                            + e.getMessage(), "System.Management.Automation.PSInvalidOperationException" + CLASS, "InvalidOperation");
        }
        if (c.isBound("BindingVariable")) {
            c.setVariable(LanguagePrimitives.toStringValue(c.parameter("BindingVariable")), result);
        } else {
            c.writeObject(result);
        }
    }

    private static Path find(CommandContext c) {
        String script = c instanceof CommandContextImpl impl && impl.interpreter().position() != null
                ? impl.interpreter().position().file() : null;
        boolean fromScript = script != null && !script.isEmpty() && !script.startsWith("<");
        String fileName = c.isBound("FileName") ? LanguagePrimitives.toStringValue(c.parameter("FileName")) : null;
        if ((fileName == null || fileName.isEmpty()) && !fromScript) {
            throw invalidOperation(c, "The FileName parameter was not specified. The FileName parameter is required when "
                    + "Import-LocalizedData is not called from a script file.");
        }
        String baseDirectory = c.isBound("BaseDirectory") ? LanguagePrimitives.toStringValue(c.parameter("BaseDirectory")) : null;
        String dirText = baseDirectory != null && !baseDirectory.isEmpty() ? baseDirectory
                : fromScript ? Path.of(script).getParent().toString() : ".";
        Path dir = c.fileSystem().resolve(dirText);
        if (fileName != null && !fileName.isEmpty()) {
            if (fileName.contains("/") || fileName.contains("\\")) {
                throw invalidOperation(c, "The argument for the FileName parameter should not contain a path.");
            }
        } else {
            fileName = Path.of(script).getFileName().toString();
        }
        int dot = fileName.lastIndexOf('.');
        String psd1 = (dot > 0 ? fileName.substring(0, dot) : fileName) + ".psd1";
        CultureInfoValue culture;
        boolean cultureGiven = c.isBound("UICulture") && c.parameter("UICulture") != null;
        if (cultureGiven) {
            culture = CultureInfoValue.ofName(LanguagePrimitives.toStringValue(c.parameter("UICulture")));
            if (culture == null) {
                throw c.terminatingError("System.Management.Automation.PSArgumentException", "Cannot process argument because "
                        + "the value of argument \"Culture\" is not valid. Change the value of the \"Culture\" argument and run "
                        + "the operation again.", "Argument" + CLASS, "InvalidArgument");
            }
        } else {
            culture = CurrentCultures.uiCulture();
        }
        List<CultureInfoValue> cultures = new ArrayList<>(List.of(culture));
        if (!cultureGiven && !culture.getName().equals("en-US")) {
            cultures.add(CultureInfoValue.ofName("en-US"));
        }
        for (CultureInfoValue start : cultures) {
            for (CultureInfoValue k = start; k != null && !k.getName().isEmpty(); k = k.getParent()) {
                Path candidate = dir.resolve(k.getName()).resolve(psd1);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        Path candidate = dir.resolve(psd1);
        if (Files.isRegularFile(candidate)) {
            return candidate;
        }
        c.writeError("System.Management.Automation.PSInvalidOperationException", "Cannot find the PowerShell data file '" + psd1
                + "' in directory '" + dir.resolve(culture.getName()) + "', or in any parent culture directories.",
                "ImportLocalizedData" + CLASS, "ObjectNotFound", dir.resolve(culture.getName()).resolve(psd1).toString());
        return null;
    }

    private static PSRuntimeException invalidOperation(CommandContext c, String message) {
        return c.terminatingError("System.Management.Automation.PSInvalidOperationException", message,
                "System.Management.Automation.PSInvalidOperationException" + CLASS, "InvalidOperation");
    }
}
