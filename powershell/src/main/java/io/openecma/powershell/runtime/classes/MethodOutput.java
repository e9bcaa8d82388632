package io.openecma.powershell.runtime.classes;

import java.util.ArrayList;
import java.util.Collection;

/**
 * The output list a class method's body runs with: what its statements write is discarded (in
 * 5.1 only {@code return} gives a method's result), and the return statement's value is kept.
 */
public final class MethodOutput extends ArrayList<Object> {

    private Object returnValue;

    public void setReturnValue(Object value) {
        returnValue = value;
    }

    public Object returnValue() {
        return returnValue;
    }

    @Override
    public boolean add(Object o) {
        return false;
    }

    @Override
    public void add(int index, Object element) {
        // discarded
    }

    @Override
    public boolean addAll(Collection<?> c) {
        return false;
    }

    @Override
    public boolean addAll(int index, Collection<?> c) {
        return false;
    }
}
