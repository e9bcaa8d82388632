package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.AutomationNull;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.DotNetList;

/** Instance members of List[T] and ArrayList. */
public final class ListMembers {
    private ListMembers() {
    }

    public static int getCount(DotNetList l) {
        return l.size();
    }

    /** List[T].Add returns void; ArrayList.Add returns the new index (which then shows in output, as in PowerShell). */
    public static Object Add(DotNetList l, Object item) {
        l.add(l.accept(item));
        return l.elementType() == null ? (Object) (l.size() - 1) : AutomationNull.VALUE;
    }

    public static void AddRange(DotNetList l, Object items) {
        LanguagePrimitives.iterate(items).forEachRemaining(i -> l.add(l.accept(i)));
    }

    /** List[T].Remove says whether it removed the item; ArrayList.Remove is void (writes nothing). */
    public static Object Remove(DotNetList l, Object item) {
        boolean removed = false;
        for (int i = 0; i < l.size(); i++) {
            if (LanguagePrimitives.equals(l.get(i), item, true)) {
                l.remove(i);
                removed = true;
                break;
            }
        }
        return l.elementType() == null ? io.openecma.powershell.runtime.AutomationNull.VALUE : removed;
    }

    public static void RemoveAt(DotNetList l, int index) {
        l.remove(index);
    }

    public static void Insert(DotNetList l, int index, Object item) {
        l.add(index, l.accept(item));
    }

    public static boolean Contains(DotNetList l, Object item) {
        return l.stream().anyMatch(x -> LanguagePrimitives.equals(x, item, true));
    }

    public static int IndexOf(DotNetList l, Object item) {
        for (int i = 0; i < l.size(); i++) {
            if (LanguagePrimitives.equals(l.get(i), item, true)) {
                return i;
            }
        }
        return -1;
    }

    public static void Clear(DotNetList l) {
        l.clear();
    }

    public static Object[] ToArray(DotNetList l) {
        Class<?> element = l.elementType() == null || l.elementType().javaClass() == null
                || l.elementType().javaClass().isPrimitive() ? Object.class : l.elementType().javaClass();
        return l.toArray((Object[]) java.lang.reflect.Array.newInstance(element, 0));
    }

    public static void Reverse(DotNetList l) {
        java.util.Collections.reverse(l);
    }

    public static void Sort(DotNetList l) {
        l.sort((a, b) -> LanguagePrimitives.compare(a, b, false));
    }
}
