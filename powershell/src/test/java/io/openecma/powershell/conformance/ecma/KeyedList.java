package io.openecma.powershell.conformance.ecma;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Stand-in for .NET's KeyedCollection&lt;string, T&gt;: enumerable, indexed by position or by key
 * ({@code $entry.AttributeChanges['mail']}), with a {@code void Add} as in .NET, so that calling
 * it from a script writes nothing to the pipeline. Keys compare case-sensitively, like the real
 * collections. Deliberately not a java.util.List: scripts must see the .NET shape.
 */
public class KeyedList<T> implements Iterable<T> {

    private final List<T> items = new ArrayList<>();
    private final Function<T, String> keyOf;

    public KeyedList(Function<T, String> keyOf) {
        this.keyOf = keyOf;
    }

    /** The int indexer. */
    public T get(int index) {
        return items.get(index);
    }

    /** The string indexer; null when absent (scripts test Contains first). */
    public T get(String key) {
        return items.stream().filter(i -> keyOf.apply(i).equals(key)).findFirst().orElse(null);
    }

    /** The indexer under its .NET name (Item), for engines that look indexers up that way. */
    public T getItem(Object key) {
        return key instanceof Number n ? get(n.intValue()) : get(String.valueOf(key));
    }

    public boolean contains(String key) {
        return get(key) != null;
    }

    public void add(T item) {
        if (contains(keyOf.apply(item))) {
            throw new IllegalArgumentException("An item with the same key has already been added.");
        }
        items.add(item);
    }

    public boolean remove(String key) {
        return items.removeIf(i -> keyOf.apply(i).equals(key));
    }

    public int getCount() {
        return items.size();
    }

    public int size() {
        return items.size();
    }

    public Stream<T> stream() {
        return items.stream();
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }
}
