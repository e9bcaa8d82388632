package io.openecma.powershell.xml;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/** Walks a live DOM collection by index, re-reading its count each step as .NET's enumerators do. */
final class IndexedIterator<T> implements Iterator<T> {
    private final IntSupplier count;
    private final IntFunction<T> item;
    private int next;

    IndexedIterator(IntSupplier count, IntFunction<T> item) {
        this.count = count;
        this.item = item;
    }

    @Override
    public boolean hasNext() {
        return next < count.getAsInt();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return item.apply(next++);
    }
}
