package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.globalization.CultureInfoStatics;
import io.openecma.powershell.types.globalization.CultureInfoValue;
import io.openecma.powershell.types.globalization.CurrentCultures;

/**
 * Get-Culture and Get-UICulture: the engine's current culture and UI culture (5.1 has no parameters).
 * Get-Culture's -Name, -ListAvailable and -NoUserOverrides are the 6.2+ additions (GetCultureCommand.cs),
 * kept because they are new names that leave the parameterless call alone.
 */
final class CultureCmdlets {
    private CultureCmdlets() {
    }

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Culture", () -> CultureCmdlets::getCulture,
                ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.switchParameter("NoUserOverrides"), ParameterSpec.switchParameter("ListAvailable")));
        r.register(CmdletDefinition.of("Get-UICulture", () -> c -> c.writeObject(CurrentCultures.uiCulture())));
    }

    private static void getCulture(CommandContext c) {
        if (c.switchPresent("ListAvailable")) {
            if (c.isBound("Name")) {
                throw c.terminatingError("System.Management.Automation.ParameterBindingException",
                        "Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet", "InvalidArgument");
            }
            for (Object culture : CultureInfoStatics.GetCultures(null)) {
                c.writeObject(culture);
            }
            return;
        }
        Object names = c.expectingInput() && !c.isBound("Name") ? c.currentInput() : c.parameter("Name");
        if (names == null && !c.isBound("Name") && !c.expectingInput()) {
            c.writeObject(CurrentCultures.culture());
            return;
        }
        for (Object n : LanguagePrimitives.toList(names)) {
            String name = LanguagePrimitives.toStringValue(n);
            CultureInfoValue culture = name.equalsIgnoreCase(CurrentCultures.culture().getName()) && !c.switchPresent("NoUserOverrides")
                    ? CurrentCultures.culture() : CultureInfoValue.ofName(name);
            if (culture == null) {
                // [ValidateSet(typeof(ValidateCultureNamesGenerator))] (the set of every culture name is not repeated here)
                throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                        "Cannot validate argument on parameter 'Name'. The argument \"" + name + "\" does not belong to the set of "
                                + "culture names specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.",
                        "ParameterArgumentValidationError", "InvalidData");
            }
            c.writeObject(culture);
        }
    }
}
