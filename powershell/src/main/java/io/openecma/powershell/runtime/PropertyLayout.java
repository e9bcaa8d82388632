package io.openecma.powershell.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The note-property names of a {@link PSObject}, in order, and the slot of each one's value. Objects
 * that were given the same names in the same order (the rows of one Import-Csv, one
 * {@code [PSCustomObject]@{...}} literal run again) share one layout, so an object holds only its
 * values, not a map of its own. A shared layout never changes: adding a name moves the object to
 * the next layout (remembered per name, so the next object takes the same path). Past the limits
 * below, or once a property is removed, an object gets a layout of its own, which it changes in place.
 * Names are the folded (lower-cased) keys; the spelling stays with each object's property.
 */
final class PropertyLayout {

    /** The layout of an object without note properties; the root every shared layout grows from. */
    static final PropertyLayout EMPTY = new PropertyLayout(null, new String[0], 0, true);

    /** Objects with more properties than this (data rather than records) get a layout of their own. */
    private static final int MAX_SHARED_SIZE = 64;
    /** A layout followed by this many different names (generated names) stops remembering new ones. */
    private static final int MAX_TRANSITIONS = 64;
    /** All shared layouts together: they live as long as the class, so there is a ceiling. */
    private static final int MAX_SHARED_LAYOUTS = 20_000;
    private static final AtomicInteger SHARED_COUNT = new AtomicInteger();
    /** Up to this many names a lookup compares them in order; longer layouts keep a map. */
    private static final int LINEAR_LOOKUP = 8;

    private final PropertyLayout parent;
    private String[] keys;
    private int size;
    private Map<String, Integer> index;
    private final boolean shared;
    /** Shared layouts only: the next layout per added name. */
    private final Map<String, PropertyLayout> transitions;
    /** The largest size reached from here (shared layouts): how big a new object's value array starts. */
    private volatile int expectedSize;

    private PropertyLayout(PropertyLayout parent, String[] keys, int size, boolean shared) {
        this.parent = parent;
        this.keys = keys;
        this.size = size;
        this.shared = shared;
        this.transitions = shared ? new ConcurrentHashMap<>() : null;
        this.expectedSize = size;
        if (size > LINEAR_LOOKUP) {
            index = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                index.put(keys[i], i);
            }
        }
    }

    int size() {
        return size;
    }

    boolean isShared() {
        return shared;
    }

    /** How many slots an object entering this layout should make room for. */
    int expectedSize() {
        return Math.max(expectedSize, size);
    }

    /** The slot of a folded name, or -1. */
    int indexOf(String key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        String[] k = keys;
        for (int i = 0; i < size; i++) {
            if (k[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (k[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    String key(int slot) {
        return keys[slot];
    }

    /**
     * The layout with {@code key} (not in it) added last: for a shared layout the remembered next
     * one (or a new one remembered now, or one of the object's own past the limits); an object's own
     * layout grows in place and is returned.
     */
    PropertyLayout with(String key) {
        if (!shared) {
            add(key);
            return this;
        }
        PropertyLayout next = transitions.get(key);
        if (next != null) {
            return next;
        }
        if (size + 1 > MAX_SHARED_SIZE || transitions.size() >= MAX_TRANSITIONS
                || SHARED_COUNT.get() >= MAX_SHARED_LAYOUTS) {
            PropertyLayout own = ownCopy();
            own.add(key);
            return own;
        }
        String[] grown = Arrays.copyOf(keys, size + 1);
        grown[size] = key;
        PropertyLayout made = new PropertyLayout(this, grown, size + 1, true);
        PropertyLayout raced = transitions.putIfAbsent(key, made);
        if (raced != null) {
            return raced;
        }
        SHARED_COUNT.incrementAndGet();
        for (PropertyLayout p = this; p != null && p.expectedSize < made.size; p = p.parent) {
            p.expectedSize = made.size;
        }
        return made;
    }

    /** A layout of the object's own without the name in {@code slot}; the others keep their order. */
    PropertyLayout without(int slot) {
        PropertyLayout own = ownCopy();
        System.arraycopy(own.keys, slot + 1, own.keys, slot, own.size - slot - 1);
        own.keys[--own.size] = null;
        own.reindex();
        return own;
    }

    private PropertyLayout ownCopy() {
        return new PropertyLayout(null, Arrays.copyOf(keys, Math.max(size + 4, 8)), size, false);
    }

    private void add(String key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(8, size * 2));
        }
        keys[size++] = key;
        if (index != null) {
            index.put(key, size - 1);
        } else if (size > LINEAR_LOOKUP) {
            reindex();
        }
    }

    private void reindex() {
        if (size <= LINEAR_LOOKUP) {
            index = null;
            return;
        }
        index = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            index.put(keys[i], i);
        }
    }
}
