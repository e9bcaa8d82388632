package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.collections.LinkedListNodeValue;
import io.openecma.powershell.types.collections.LinkedListValue;
import io.openecma.powershell.types.collections.SortedDictionaryMembers;
import io.openecma.powershell.types.collections.SortedDictionaryValue;
import io.openecma.powershell.types.collections.SortedListMembers;
import io.openecma.powershell.types.collections.SortedListValue;

import java.util.List;
import java.util.Map;

/**
 * Registers System.Collections.SortedList, SortedDictionary[K,V] and LinkedList[T] (with its
 * LinkedListNode[T]). Their constructors take what .NET's do: nothing, a capacity (SortedList), or
 * a dictionary / a collection to copy.
 */
final class SortedCollectionTypes {
    private SortedCollectionTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.Collections.SortedList", SortedListValue.class, null, SortedListMembers.class, false, null,
                SortedCollectionTypes::sortedListFrom, args -> args.size() == 1 && LanguagePrimitives.base(args.get(0)) instanceof Map<?, ?>
                        ? sortedListFrom(args.get(0)) : new SortedListValue());
        r.defineGeneric("system.collections.generic.sorteddictionary`2", a -> new PSType(
                "System.Collections.Generic.SortedDictionary[" + a.get(0).fullName() + "," + a.get(1).fullName() + "]",
                SortedDictionaryValue.class, a, null, SortedDictionaryMembers.class, false,
                v -> v instanceof SortedDictionaryValue d && same(d.keyType(), a.get(0)) && same(d.valueType(), a.get(1)),
                null, args -> sortedDictionary(a, args)));
        r.defineGeneric("system.collections.generic.linkedlist`1", a -> new PSType(
                "System.Collections.Generic.LinkedList[" + a.get(0).fullName() + "]", LinkedListValue.class, a, null, null, true,
                v -> v instanceof LinkedListValue l && same(l.elementType(), a.get(0)), null, args -> linkedList(a.get(0), args)));
        r.defineGeneric("system.collections.generic.linkedlistnode`1", a -> new PSType(
                "System.Collections.Generic.LinkedListNode[" + a.get(0).fullName() + "]", LinkedListNodeValue.class, a, null, null, true,
                v -> v instanceof LinkedListNodeValue n && same(n.genericArguments().get(0), a.get(0)), null, null));
        exposeMembers(r);
    }

    /**
     * The closed types are made per use (ClosedGenericValue); these entries, under names no script
     * writes, only mark the Java classes whose public members scripts may call.
     */
    private static void exposeMembers(TypeRegistry r) {
        r.add("System.Collections.Generic.LinkedList`1+Members", LinkedListValue.class, null, null, true, null, null, null);
        r.add("System.Collections.Generic.LinkedListNode`1+Members", LinkedListNodeValue.class, null, null, true, null, null, null);
    }

    private static boolean same(PSType a, PSType b) {
        return a.fullName().equalsIgnoreCase(b.fullName());
    }

    /** SortedList(IDictionary): the one conversion PowerShell finds for a hashtable (by that constructor). */
    private static Object sortedListFrom(Object source) {
        if (!(LanguagePrimitives.base(source) instanceof Map<?, ?> m)) {
            throw LanguagePrimitives.cannotConvert(source, "System.Collections.SortedList", null);
        }
        SortedListValue s = new SortedListValue();
        m.forEach(s::put);
        return s;
    }

    private static Object sortedDictionary(List<PSType> a, List<Object> args) {
        SortedDictionaryValue d = new SortedDictionaryValue(a.get(0), a.get(1));
        if (args.size() == 1 && LanguagePrimitives.base(args.get(0)) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> SortedDictionaryMembers.Add(d, k, v));
        }
        return d;
    }

    private static Object linkedList(PSType element, List<Object> args) {
        LinkedListValue l = new LinkedListValue(element);
        if (args.size() == 1 && LanguagePrimitives.isEnumerable(args.get(0))) {
            LanguagePrimitives.toList(args.get(0)).forEach(l::AddLast);
        }
        return l;
    }
}
