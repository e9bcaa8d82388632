package io.openecma.runtime.ecma2;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * System.Collections.ObjectModel.KeyedCollection as the ECMA2 types use it: an ordered list whose
 * items also answer to a string key (attribute name, parameter name, type name). The indexer
 * {@code get_Item} takes a position or a key. Keys compare case-insensitively, as attribute and
 * parameter names do everywhere else in ECMA2Host; a missing key reads as {@code $null}
 * (see docs/compatibility/ecma2.md for why).
 */
public class KeyedCollection<T> extends AbstractList<T> {

    private final List<T> items = new ArrayList<>();
    private final Function<T, String> keyOf;

    public KeyedCollection(Function<T, String> keyOf) {
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
    }

    /** The .NET indexer: {@code $c[0]} by position, {@code $c['name']} by key. */
    public T get_Item(Object indexOrKey) {
        if (indexOrKey instanceof Number n) {
            return get(n.intValue());
        }
        return byKey(String.valueOf(indexOrKey));
    }

    /** The item with this key, or null. */
    public T byKey(String key) {
        for (T item : items) {
            if (keyOf.apply(item).equalsIgnoreCase(key)) {
                return item;
            }
        }
        return null;
    }

    /** Contains(key) for a string, Contains(item) for anything else. */
    @Override
    public boolean contains(Object keyOrItem) {
        if (keyOrItem instanceof String key) {
            return byKey(key) != null;
        }
        return items.contains(keyOrItem);
    }

    /** Remove(key) for a string, Remove(item) for anything else. */
    @Override
    public boolean remove(Object keyOrItem) {
        if (keyOrItem instanceof String key) {
            T item = byKey(key);
            return item != null && items.remove(item);
        }
        return items.remove(keyOrItem);
    }

    /** Adds an item; a second item with the same key is refused, as in .NET. */
    @Override
    public void add(int index, T item) {
        Objects.requireNonNull(item, "A null item cannot be added to a keyed collection.");
        String key = keyOf.apply(item);
        if (byKey(key) != null) {
            throw new IllegalArgumentException("An item with the same key has already been added. Key: " + key);
        }
        items.add(index, item);
    }

    @Override
    public T set(int index, T item) {
        return items.set(index, item);
    }

    @Override
    public T remove(int index) {
        return items.remove(index);
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    public int getCount() {
        return items.size();
    }

    /** The keys in item order. */
    public List<String> keys() {
        return items.stream().map(keyOf).toList();
    }
}
