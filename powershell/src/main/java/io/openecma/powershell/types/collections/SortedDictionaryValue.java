package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.ClosedGenericValue;
import io.openecma.powershell.types.PSType;

import java.util.List;

import java.util.TreeMap;

/**
 * System.Collections.Generic.SortedDictionary[K,V]: keys convert to K and values to V on the way
 * in, and are kept in K's default order ({@link DotNetComparer}). A read whose key does not
 * convert to K (a member name read as a key, say) finds nothing instead of failing.
 */
public final class SortedDictionaryValue extends TreeMap<Object, Object> implements ClosedGenericValue {
    private final PSType keyType;
    private final PSType valueType;

    public SortedDictionaryValue(PSType keyType, PSType valueType) {
        super(DotNetComparer.DEFAULT);
        this.keyType = keyType;
        this.valueType = valueType;
    }

    public PSType keyType() {
        return keyType;
    }

    public PSType valueType() {
        return valueType;
    }

    @Override
    public String genericDefinition() {
        return "System.Collections.Generic.SortedDictionary`2";
    }

    @Override
    public List<PSType> genericArguments() {
        return List.of(keyType, valueType);
    }

    @Override
    public Object get(Object key) {
        Object k = lenientKey(key);
        return k == null ? null : super.get(k);
    }

    @Override
    public boolean containsKey(Object key) {
        Object k = lenientKey(key);
        return k != null && super.containsKey(k);
    }

    /** The indexer's setter: adds or replaces. */
    @Override
    public Object put(Object key, Object value) {
        return super.put(key(key), valueType.convert(value));
    }

    void add(Object key, Object value) {
        Object k = key(key);
        if (super.containsKey(k)) {
            throw new PSRuntimeException("System.ArgumentException", "An item with the same key has already been added.");
        }
        super.put(k, valueType.convert(value));
    }

    /** A key as K; null is refused as .NET's ThrowHelper refuses it. */
    Object key(Object key) {
        if (LanguagePrimitives.unwrapNull(key) == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: key")
                    .withParamName("key");
        }
        return keyType.convert(key);
    }

    private Object lenientKey(Object key) {
        if (LanguagePrimitives.unwrapNull(key) == null) {
            return null;
        }
        try {
            return keyType.convert(key);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
