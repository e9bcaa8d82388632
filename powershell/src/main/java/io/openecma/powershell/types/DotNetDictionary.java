package io.openecma.powershell.types;

import java.util.LinkedHashMap;

/** System.Collections.Generic.Dictionary[K,V]: keys compare as .NET does by default (case-sensitive strings). */
public final class DotNetDictionary extends LinkedHashMap<Object, Object> {

    private final PSType keyType;
    private final PSType valueType;

    public DotNetDictionary(PSType keyType, PSType valueType) {
        this.keyType = keyType;
        this.valueType = valueType;
    }

    @Override
    public Object put(Object key, Object value) {
        Object previous = super.put(key, value);
        io.openecma.powershell.runtime.limits.MemoryBudget.grew(this, size(), value);
        return previous;
    }

    public PSType keyType() {
        return keyType;
    }

    public PSType valueType() {
        return valueType;
    }
}
