package io.openecma.powershell.runtime;

import java.util.List;
import java.util.function.Supplier;

/**
 * A cmdlet as the registry knows it: its Verb-Noun name, aliases, declared parameters and a
 * factory for a fresh instance per invocation. Common parameters (-ErrorAction, -Verbose,
 * -Debug, -WarningAction, -ErrorVariable, -OutVariable, ...) are handled by the engine and
 * need not be declared.
 */
public record CmdletDefinition(String name, List<String> aliases, List<ParameterSpec> parameters,
                               Supplier<Cmdlet> factory) {

    public CmdletDefinition {
        aliases = List.copyOf(aliases);
        parameters = List.copyOf(parameters);
    }

    public static CmdletDefinition of(String name, Supplier<Cmdlet> factory, ParameterSpec... parameters) {
        return new CmdletDefinition(name, List.of(), List.of(parameters), factory);
    }

    public CmdletDefinition withAliases(String... names) {
        return new CmdletDefinition(name, List.of(names), parameters, factory);
    }
}
