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

    private FoldedNames() {
    }

    static String fold(String s) {
        if (s.length() > MAX_LENGTH) {
            return s.toLowerCase(Locale.ROOT);
        }
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
