package io.openecma.powershell.types;

import java.util.List;

/**
 * A value of a closed generic type defined with {@code defineGeneric} (SortedDictionary[K,V],
 * LinkedList[T], ...): it names its definition and type arguments, so GetType(), -is and member
 * lookup see the closed type.
 */
public interface ClosedGenericValue {

    /** The definition's name with its arity, e.g. {@code System.Collections.Generic.LinkedList`1}. */
    String genericDefinition();

    List<PSType> genericArguments();
}
