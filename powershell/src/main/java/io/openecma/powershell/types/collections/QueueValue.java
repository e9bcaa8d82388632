package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.PSType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;

/**
 * System.Collections.Queue and Queue[T] (first in, first out; T converts what is enqueued).
 * Enumerates from the oldest item.
 */
public final class QueueValue implements Iterable<Object>, io.openecma.powershell.types.ClosedGenericValue {
    private final PSType elementType;
    private final ArrayDeque<Object> items = new ArrayDeque<>();

    public QueueValue(PSType elementType) {
        this.elementType = elementType;
    }

    public PSType elementType() {
        return elementType;
    }

    /** Queue[T] when made with a type argument; the non-generic System.Collections.Queue (null) otherwise. */
    @Override
    public String genericDefinition() {
        return elementType == null ? null : "System.Collections.Generic.Queue`1";
    }

    @Override
    public java.util.List<PSType> genericArguments() {
        return elementType == null ? java.util.List.of() : java.util.List.of(elementType);
    }

    public void Enqueue(Object item) {
        items.addLast(box(elementType == null ? LanguagePrimitives.unwrapNull(item) : elementType.convert(item)));
    }

    public Object Dequeue() {
        if (items.isEmpty()) {
            throw empty("Queue");
        }
        return unbox(items.removeFirst());
    }

    public Object Peek() {
        if (items.isEmpty()) {
            throw empty("Queue");
        }
        return unbox(items.peekFirst());
    }

    public int getCount() {
        return items.size();
    }

    public boolean Contains(Object item) {
        Object v = LanguagePrimitives.base(item);
        return items.stream().anyMatch(x -> java.util.Objects.equals(unbox(x), v));
    }

    public void Clear() {
        items.clear();
    }

    public Object[] ToArray() {
        return new ArrayList<>(items).stream().map(QueueValue::unbox).toArray();
    }

    @Override
    public Iterator<Object> iterator() {
        return new ArrayList<>(items).stream().map(QueueValue::unbox).iterator();
    }

    static PSRuntimeException empty(String what) {
        return new PSRuntimeException("System.InvalidOperationException", what + " empty.");
    }

    /** ArrayDeque refuses null; $null is a legal item. */
    private static final Object NULL = new Object();

    static Object box(Object v) {
        return v == null ? NULL : v;
    }

    static Object unbox(Object v) {
        return v == NULL ? null : v;
    }
}
