package io.openecma.runtime.ecma2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * System.Collections.ObjectModel.KeyedCollection as the ECMA2 types use it: an ordered list whose
 * items also answer to a string key (attribute name, parameter name, type name). The indexer
 * {@code get_Item} takes a position or a key. Keys compare case-insensitively, as attribute and
 * parameter names do everywhere else in ECMA2Host; a missing key reads as {@code $null}
 * (see docs/compatibility/ecma2.md for why).
 *
 * <p>Deliberately not a java.util.Collection: .NET's {@code Add} returns nothing, so
 * {@code $type.Attributes.Add($a)} must not put a Boolean into the script's output, and the engine
 * indexes java.util.Lists by position only where this one takes keys too.
 */
public class KeyedCollection<T> implements Iterable<T> {

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
    public boolean contains(Object keyOrItem) {
        if (keyOrItem instanceof String key) {
            return byKey(key) != null;
        }
        return items.contains(keyOrItem);
    }

    /** Remove(key) for a string, Remove(item) for anything else. */
    public boolean remove(Object keyOrItem) {
        if (keyOrItem instanceof String key) {
            T item = byKey(key);
            return item != null && items.remove(item);
        }
        return items.remove(keyOrItem);
    }

    /** Adds an item; a second item with the same key is refused, as in .NET. */
    public void add(T item) {
        insert(items.size(), item);
    }

    /** Insert(index, item) in .NET. */
    public void insert(int index, T item) {
        Objects.requireNonNull(item, "A null item cannot be added to a keyed collection.");
        String key = keyOf.apply(item);
        if (byKey(key) != null) {
            throw new IllegalArgumentException("An item with the same key has already been added. Key: " + key);
        }
        items.add(index, item);
    }

    /** RemoveAt(index) in .NET. */
    public void removeAt(int index) {
        items.remove(index);
    }

    public void clear() {
        items.clear();
    }

    public T get(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int getCount() {
        return items.size();
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }

    public Stream<T> stream() {
        return items.stream();
    }

    /** The keys in item order. */
    public List<String> keys() {
        return items.stream().map(keyOf).toList();
    }

    @Override
    public String toString() {
        return "System.Collections.ObjectModel.KeyedCollection";
    }
}
