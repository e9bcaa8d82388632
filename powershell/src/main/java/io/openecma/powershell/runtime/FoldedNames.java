package io.openecma.powershell.runtime;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Invariant-culture lower-casing of names (variables, properties, hashtable keys), remembered.
 * A script asks for the same few names over and over, mostly as the same String instance from its
 * syntax tree: a hit costs a hash that String has cached already and no new string, and the folded
 * string it returns is itself one instance whose hash is cached for the map lookup that follows.
 */
final class FoldedNames {
    /** Longer texts are data rather than names: fold them without keeping them. */
    private static final int MAX_LENGTH = 64;
    private static final int MAX_ENTRIES = 8192;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    /**
     * The last folding asked for, per slot of the name's (cached) hash: the same name comes back
     * through here many times per statement (as several String instances, one per place the
     * script text writes it), and comparing it with one slot costs less than a map lookup. A slot
     * holds one immutable pair, so racing threads only miss.
     */
    private static final int RECENT_SLOTS = 1024;
    private static final Recent[] RECENT = new Recent[RECENT_SLOTS];

    private record Recent(String name, String folded) {
    }

    private FoldedNames() {
    }

    static String fold(String s) {
        int slot = s.hashCode() & (RECENT_SLOTS - 1);
        Recent recent = RECENT[slot];
        if (recent != null && recent.name.equals(s)) {
            return recent.folded;
        }
        if (s.length() > MAX_LENGTH) {
            return s.toLowerCase(Locale.ROOT);
        }
        String folded = foldRemembered(s);
        RECENT[slot] = new Recent(s, folded);
        return folded;
    }

    private static String foldRemembered(String s) {
        String folded = FOLDED.get(s);
        if (folded != null) {
            return folded;
        }
        folded = s.toLowerCase(Locale.ROOT);
        if (FOLDED.size() < MAX_ENTRIES) {
            FOLDED.putIfAbsent(s, folded);
        }
        return folded;
    }
}
