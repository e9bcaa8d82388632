package io.openecma.powershell.runtime;

/** An alias made by New-Alias/Set-Alias: a name for a command, scoped like a variable. */
public final class SessionAlias {
    private final String name;
    private String definition;
    private long options;
    private String description = "";

    public SessionAlias(String name, String definition) {
        this.name = name;
        this.definition = definition;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public long optionBits() {
        return options;
    }

    public void setOptionBits(long bits) {
        options = bits & ~ScopedItemOptions.Unspecified.bits();
    }

    public boolean has(ScopedItemOptions option) {
        return (options & option.bits()) != 0;
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    /** The engine's built-in aliases (lower-case name to command). */
    public static java.util.Map<String, String> builtIn() {
        return CommandInvoker.builtInAliases();
    }

    /** The command name an invoked name stands for: session aliases (nearest scope first, chains followed), then null. */
    static String resolve(Scope scope, String name) {
        String current = name;
        for (int hops = 0; hops < 32; hops++) {
            SessionAlias a = scope.findAlias(current);
            if (a == null) {
                return hops == 0 ? null : current;
            }
            current = a.definition();
        }
        return current;
    }
}
