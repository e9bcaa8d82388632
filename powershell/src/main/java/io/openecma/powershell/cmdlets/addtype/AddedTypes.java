package io.openecma.powershell.cmdlets.addtype;

import io.openecma.powershell.runtime.ExecutionContext;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/** The types Add-Type defined in one engine, with the source each came from (5.1 keeps them for the AppDomain's life). */
final class AddedTypes {

    private static final Map<ExecutionContext, Map<String, String>> BY_ENGINE = Collections.synchronizedMap(new WeakHashMap<>());

    private AddedTypes() {
    }

    static Map<String, String> of(ExecutionContext context) {
        return BY_ENGINE.computeIfAbsent(context, c -> new HashMap<>());
    }
}
