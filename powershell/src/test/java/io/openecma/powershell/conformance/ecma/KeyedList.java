package io.openecma.powershell.conformance.ecma;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stand-in for .NET's KeyedCollection&lt;string, T&gt;: a list that can also be indexed by key
 * ({@code $entry.AttributeChanges['mail']}), as the ECMA2 collections are. Keys compare
 * case-sensitively, like the real collections.
 */
public class KeyedList<T> extends AbstractList<T> {

    private final List<T> items = new ArrayList<>();
    private final Function<T, String> keyOf;

    public KeyedList(Function<T, String> keyOf) {
        this.keyOf = keyOf;
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    /** The string indexer; null when absent (KeyedCollection would throw, scripts test Contains first). */
    public T get(String key) {
        return items.stream().filter(i -> keyOf.apply(i).equals(key)).findFirst().orElse(null);
    }

    public T getItem(Object key) {
        return key instanceof Number n ? get(n.intValue()) : get(String.valueOf(key));
    }

    public boolean contains(String key) {
        return get(key) != null;
    }

    @Override
    public boolean add(T item) {
        if (contains(keyOf.apply(item))) {
            throw new IllegalArgumentException("An item with the same key has already been added.");
        }
        return items.add(item);
    }

    public boolean remove(String key) {
        return items.removeIf(i -> keyOf.apply(i).equals(key));
    }

    @Override
    public int size() {
        return items.size();
    }

    public int getCount() {
        return items.size();
    }
}
