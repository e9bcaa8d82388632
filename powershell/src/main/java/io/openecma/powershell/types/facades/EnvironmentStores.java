package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ExecutionContext;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * The User and Machine environment stores of one engine (see {@link EnvironmentStatics}): the
 * host-given environment, overlaid with what scripts set on those targets. A removed variable is
 * held as a null overlay entry.
 */
final class EnvironmentStores {
    private static final Map<ExecutionContext, EnvironmentStores> STORES = Collections.synchronizedMap(new WeakHashMap<>());

    private final ExecutionContext context;
    private final Map<Integer, Map<String, String>> overlays = new HashMap<>();

    private EnvironmentStores(ExecutionContext context) {
        this.context = context;
    }

    static EnvironmentStores of(ExecutionContext context) {
        return STORES.computeIfAbsent(context, EnvironmentStores::new);
    }

    synchronized String get(int target, String name) {
        Map<String, String> overlay = overlay(target);
        String key = name.toUpperCase(Locale.ROOT);
        if (overlay.containsKey(key)) {
            return overlay.get(key);
        }
        return hostValue(key);
    }

    synchronized void set(int target, String name, String value) {
        overlay(target).put(name.toUpperCase(Locale.ROOT), value);
    }

    synchronized Map<String, String> all(int target) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        context.options().environment().forEach((k, v) -> out.put(k.toUpperCase(Locale.ROOT), v));
        overlay(target).forEach((k, v) -> {
            if (v == null) {
                out.remove(k);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    private String hostValue(String key) {
        for (Map.Entry<String, String> e : context.options().environment().entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private Map<String, String> overlay(int target) {
        return overlays.computeIfAbsent(target, t -> new HashMap<>());
    }
}
