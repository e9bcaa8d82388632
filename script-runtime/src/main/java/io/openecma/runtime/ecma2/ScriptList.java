package io.openecma.runtime.ecma2;

import io.openecma.powershell.types.HostList;
import io.openecma.powershell.types.TypeRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A List[T] owned by an ECMA2 object that scripts add to ({@code $results.CSEntryChangeResults.Add($r)}).
 * {@code Add} returns nothing, as List[T].Add does, so nothing leaks into the script's output. Not
 * a java.util.List so that the engine uses these members rather than its own list handling; it
 * cannot be an engine List[T] because typed engine lists cannot be made outside the engine. As a
 * {@link HostList} it still reads as List[T] to scripts ({@code GetType()}, {@code -is}). The
 * element class says what T is to scripts; what a script adds is checked by the host when it
 * reads the list, with an error naming the script.
 */
public final class ScriptList<T> implements Iterable<T>, HostList {

    private final Class<?> elementClass;
    private final List<T> items = new ArrayList<>();

    public ScriptList(Class<?> elementClass) {
        this.elementClass = elementClass;
    }

    @Override
    public Class<?> elementClass() {
        return elementClass;
    }

    public void Add(T item) {
        items.add(item);
    }

    public void AddRange(Iterable<? extends T> more) {
        more.forEach(items::add);
    }

    public void Insert(int index, T item) {
        items.add(index, item);
    }

    public boolean Remove(T item) {
        return items.remove(item);
    }

    public void RemoveAt(int index) {
        items.remove(index);
    }

    public void Clear() {
        items.clear();
    }

    public boolean Contains(Object item) {
        return items.contains(item);
    }

    public T get_Item(int index) {
        return items.get(index);
    }

    public int getCount() {
        return items.size();
    }

    /** A copy, for the host. */
    public List<T> toList() {
        return List.copyOf(items);
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }

    /** What .NET's List[T].ToString() gives: the type's name. */
    @Override
    public String toString() {
        return TypeRegistry.typeNameOf(this);
    }
}
