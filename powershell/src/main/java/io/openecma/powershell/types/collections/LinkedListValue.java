package io.openecma.powershell.types.collections;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.ClosedGenericValue;
import io.openecma.powershell.types.PSType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * System.Collections.Generic.LinkedList[T]: a doubly linked list of {@link LinkedListNodeValue}s.
 * The Add methods taking a value return the new node, as in .NET (so a bare call writes it out).
 */
public final class LinkedListValue implements Iterable<Object>, ClosedGenericValue {
    private final PSType elementType;
    private LinkedListNodeValue first;
    private LinkedListNodeValue last;
    private int count;

    public LinkedListValue(PSType elementType) {
        this.elementType = elementType;
    }

    public PSType elementType() {
        return elementType;
    }

    @Override
    public String genericDefinition() {
        return "System.Collections.Generic.LinkedList`1";
    }

    @Override
    public List<PSType> genericArguments() {
        return List.of(elementType);
    }

    public int getCount() {
        return count;
    }

    public LinkedListNodeValue getFirst() {
        return first;
    }

    public LinkedListNodeValue getLast() {
        return last;
    }

    public LinkedListNodeValue AddFirst(Object value) {
        return insert(null, first, value);
    }

    public LinkedListNodeValue AddLast(Object value) {
        return insert(last, null, value);
    }

    public LinkedListNodeValue AddBefore(LinkedListNodeValue node, Object value) {
        own(node);
        return insert(node.previous, node, value);
    }

    public LinkedListNodeValue AddAfter(LinkedListNodeValue node, Object value) {
        own(node);
        return insert(node, node.next, value);
    }

    /** Remove(T): the first node holding the value; false when there is none. */
    public boolean Remove(Object value) {
        if (value instanceof LinkedListNodeValue node) {
            own(node);
            unlink(node);
            return true;
        }
        LinkedListNodeValue node = Find(value);
        if (node == null) {
            return false;
        }
        unlink(node);
        return true;
    }

    public void RemoveFirst() {
        unlink(nonEmpty().first);
    }

    public void RemoveLast() {
        unlink(nonEmpty().last);
    }

    public LinkedListNodeValue Find(Object value) {
        Object v = convert(value);
        for (LinkedListNodeValue n = first; n != null; n = n.next) {
            if (Objects.equals(n.value, v)) {
                return n;
            }
        }
        return null;
    }

    public LinkedListNodeValue FindLast(Object value) {
        Object v = convert(value);
        for (LinkedListNodeValue n = last; n != null; n = n.previous) {
            if (Objects.equals(n.value, v)) {
                return n;
            }
        }
        return null;
    }

    public boolean Contains(Object value) {
        return Find(value) != null;
    }

    public void Clear() {
        for (LinkedListNodeValue n = first; n != null; ) {
            LinkedListNodeValue next = n.next;
            n.list = null;
            n.next = null;
            n.previous = null;
            n = next;
        }
        first = null;
        last = null;
        count = 0;
    }

    @Override
    public Iterator<Object> iterator() {
        List<Object> values = new ArrayList<>();
        for (LinkedListNodeValue n = first; n != null; n = n.next) {
            values.add(n.value);
        }
        return values.iterator();
    }

    Object convert(Object value) {
        return elementType.convert(value);
    }

    private LinkedListNodeValue insert(LinkedListNodeValue before, LinkedListNodeValue after, Object value) {
        LinkedListNodeValue node = new LinkedListNodeValue(this, elementType, convert(value));
        node.previous = before;
        node.next = after;
        if (before == null) {
            first = node;
        } else {
            before.next = node;
        }
        if (after == null) {
            last = node;
        } else {
            after.previous = node;
        }
        count++;
        return node;
    }

    private void unlink(LinkedListNodeValue node) {
        if (node.previous == null) {
            first = node.next;
        } else {
            node.previous.next = node.next;
        }
        if (node.next == null) {
            last = node.previous;
        } else {
            node.next.previous = node.previous;
        }
        node.list = null;
        node.next = null;
        node.previous = null;
        count--;
    }

    private LinkedListValue nonEmpty() {
        if (count == 0) {
            throw new PSRuntimeException("System.InvalidOperationException", "The LinkedList is empty.");
        }
        return this;
    }

    private void own(LinkedListNodeValue node) {
        if (LanguagePrimitives.unwrapNull(node) == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: node")
                    .withParamName("node");
        }
        if (node.list != this) {
            throw new PSRuntimeException("System.InvalidOperationException",
                    "The LinkedList node does not belong to current LinkedList.");
        }
    }
}
