package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.Locale;

/**
 * A minimal PowerShell 7 {@code $PSStyle} (System.Management.Automation.PSStyle; additive to 5.1,
 * issue #11): only {@code OutputRendering}, so scripts and tests that set it run. The engine never
 * writes ANSI escape sequences, whatever the setting: every value renders as PlainText.
 */
public final class PSStyleValue {

    /** System.Management.Automation.OutputRendering: Host, PlainText, Ansi (PSStyle.cs). */
    public enum OutputRendering { Host, PlainText, Ansi }

    private OutputRendering outputRendering = OutputRendering.Host;

    public OutputRendering getOutputRendering() {
        return outputRendering;
    }

    /** Accepts an OutputRendering or its name in any case; anything else is refused as .NET's enum conversion does. */
    public void setOutputRendering(Object value) {
        Object b = LanguagePrimitives.base(value);
        if (b instanceof OutputRendering r) {
            outputRendering = r;
            return;
        }
        String name = b == null ? "" : LanguagePrimitives.toStringValue(b).trim();
        for (OutputRendering r : OutputRendering.values()) {
            if (r.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                outputRendering = r;
                return;
            }
        }
        throw new PSRuntimeException("System.Management.Automation.SetValueInvocationException",
                "Cannot convert value \"" + name
                        + "\" to type \"System.Management.Automation.OutputRendering\". Error: \"Unable to match the identifier name "
                        + name + " to a valid enumerator name. Specify one of the following enumerator names and try again:"
                        + System.lineSeparator() + "Host, PlainText, Ansi\"");
    }

    static void register(TypeRegistry registry) {
        registry.register("System.Management.Automation.PSStyle", PSStyleValue.class);
        registry.register("System.Management.Automation.OutputRendering", OutputRendering.class);
    }
}
