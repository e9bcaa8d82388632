package io.openecma.powershell.types.collections;

import io.openecma.powershell.types.ClosedGenericValue;
import io.openecma.powershell.types.PSType;

import java.util.List;

/** System.Collections.Generic.LinkedListNode[T]: a value with its neighbours and its list (null once removed). */
public final class LinkedListNodeValue implements ClosedGenericValue {
    LinkedListValue list;
    LinkedListNodeValue next;
    LinkedListNodeValue previous;
    Object value;
    private final PSType elementType;

    LinkedListNodeValue(LinkedListValue list, PSType elementType, Object value) {
        this.list = list;
        this.elementType = elementType;
        this.value = value;
    }

    @Override
    public String genericDefinition() {
        return "System.Collections.Generic.LinkedListNode`1";
    }

    @Override
    public List<PSType> genericArguments() {
        return List.of(elementType);
    }

    public Object getValue() {
        return value;
    }

    public void setValue(Object v) {
        value = elementType.convert(v);
    }

    public LinkedListNodeValue getNext() {
        return next;
    }

    public LinkedListNodeValue getPrevious() {
        return previous;
    }

    public LinkedListValue getList() {
        return list;
    }
}
