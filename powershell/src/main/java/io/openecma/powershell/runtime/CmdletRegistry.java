package io.openecma.powershell.runtime;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Cmdlets by case-insensitive name and alias. */
public final class CmdletRegistry {

    private final Map<String, CmdletDefinition> byName = new LinkedHashMap<>();

    public void register(CmdletDefinition definition) {
        byName.put(definition.name().toLowerCase(Locale.ROOT), definition);
        for (String alias : definition.aliases()) {
            byName.put(alias.toLowerCase(Locale.ROOT), definition);
        }
    }

    public Optional<CmdletDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    public Collection<CmdletDefinition> all() {
        return byName.values().stream().distinct().toList();
    }
}
