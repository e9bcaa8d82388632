package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.DotNetHashSet;

/** Instance members of HashSet[T]. */
public final class HashSetMembers {
    private HashSetMembers() {
    }

    public static int getCount(DotNetHashSet s) {
        return s.size();
    }

    public static boolean Add(DotNetHashSet s, Object item) {
        return s.add(s.elementType().convert(item));
    }

    public static boolean Contains(DotNetHashSet s, Object item) {
        return s.contains(s.elementType().convert(item));
    }

    public static boolean Remove(DotNetHashSet s, Object item) {
        return s.remove(s.elementType().convert(item));
    }

    public static void UnionWith(DotNetHashSet s, Object items) {
        LanguagePrimitives.iterate(items).forEachRemaining(i -> s.add(s.elementType().convert(i)));
    }

    public static void Clear(DotNetHashSet s) {
        s.clear();
    }
}
