package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.AbstractList;
import java.util.List;

/**
 * {@code .PSTypeNames} / {@code .PSObject.TypeNames}: a live view of an object's type-name list
 * (PSObject.TypeNames is a {@code Collection<string>}); Insert/Add/Remove change the object's names.
 */
public final class TypeNameCollection extends AbstractList<Object> {
    private final List<String> names;

    TypeNameCollection(List<String> names) {
        this.names = names;
    }

    @Override
    public Object get(int index) {
        return names.get(index);
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public Object set(int index, Object value) {
        return names.set(index, LanguagePrimitives.toStringValue(value));
    }

    @Override
    public void add(int index, Object value) {
        names.add(index, LanguagePrimitives.toStringValue(value));
    }

    @Override
    public Object remove(int index) {
        return names.remove(index);
    }

    public int getCount() {
        return names.size();
    }

    public void Add(Object value) {
        add(value);
    }

    public void Insert(int index, Object value) {
        add(index, value);
    }

    public boolean Remove(Object value) {
        return names.remove(LanguagePrimitives.toStringValue(value));
    }

    public void RemoveAt(int index) {
        names.remove(index);
    }

    public void Clear() {
        names.clear();
    }

    public boolean Contains(Object value) {
        return names.contains(LanguagePrimitives.toStringValue(value));
    }

    public int IndexOf(Object value) {
        return names.indexOf(LanguagePrimitives.toStringValue(value));
    }

    @Override
    public String toString() {
        return String.join(" ", names);
    }
}
