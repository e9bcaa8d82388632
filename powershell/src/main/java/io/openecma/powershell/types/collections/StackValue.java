package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.PSType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;

/** System.Collections.Stack and Stack[T] (last in, first out); enumerates from the top. */
public final class StackValue implements Iterable<Object>, io.openecma.powershell.types.ClosedGenericValue {
    private final PSType elementType;
    private final ArrayDeque<Object> items = new ArrayDeque<>();

    public StackValue(PSType elementType) {
        this.elementType = elementType;
    }

    public PSType elementType() {
        return elementType;
    }

    /** Stack[T] when made with a type argument; the non-generic System.Collections.Stack (null) otherwise. */
    @Override
    public String genericDefinition() {
        return elementType == null ? null : "System.Collections.Generic.Stack`1";
    }

    @Override
    public java.util.List<PSType> genericArguments() {
        return elementType == null ? java.util.List.of() : java.util.List.of(elementType);
    }

    public void Push(Object item) {
        items.addFirst(QueueValue.box(elementType == null ? LanguagePrimitives.unwrapNull(item) : elementType.convert(item)));
    }

    public Object Pop() {
        if (items.isEmpty()) {
            throw QueueValue.empty("Stack");
        }
        return QueueValue.unbox(items.removeFirst());
    }

    public Object Peek() {
        if (items.isEmpty()) {
            throw QueueValue.empty("Stack");
        }
        return QueueValue.unbox(items.peekFirst());
    }

    public int getCount() {
        return items.size();
    }

    public boolean Contains(Object item) {
        Object v = LanguagePrimitives.base(item);
        return items.stream().anyMatch(x -> java.util.Objects.equals(QueueValue.unbox(x), v));
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
}
