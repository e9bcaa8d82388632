package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.lang.reflect.Array;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What an array's GetEnumerator() returns (System.SZArrayEnumerator in .NET Framework): MoveNext,
 * Current and Reset over the array. As an IEnumerator in a pipeline it is enumerated from where it stands.
 */
public final class ArrayEnumerator implements Iterator<Object> {

    private final Object array;
    private int index = -1;

    ArrayEnumerator(Object array) {
        this.array = array;
    }

    public boolean MoveNext() {
        if (index < Array.getLength(array)) {
            index++;
        }
        return index < Array.getLength(array);
    }

    public Object getCurrent() {
        if (index < 0) {
            throw new PSRuntimeException("System.InvalidOperationException", "Enumeration has not started. Call MoveNext.");
        }
        if (index >= Array.getLength(array)) {
            throw new PSRuntimeException("System.InvalidOperationException", "Enumeration already finished.");
        }
        return Array.get(array, index);
    }

    public void Reset() {
        index = -1;
    }

    @Override
    public boolean hasNext() {
        return index + 1 < Array.getLength(array);
    }

    @Override
    public Object next() {
        if (!MoveNext()) {
            throw new NoSuchElementException();
        }
        return getCurrent();
    }
}
