package io.openecma.powershell.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters a command's positional arguments go to, in order. A function's: those with a
 * Position when any has one (sorted by it), else every parameter in declaration order; switches
 * and ValueFromRemainingArguments never. Worked out once per parameter list (the invoker keeps one
 * list per function body, a cmdlet definition has one), not on every call.
 */
final class PositionalParameters {
    private static final int MAX_ENTRIES = 4096;

    private final Map<List<ParameterInfo>, List<ParameterInfo>> known = new IdentityHashMap<>();
    private final Map<List<ParameterSpec>, List<ParameterSpec>> cmdlets = new IdentityHashMap<>();

    /** A cmdlet's: those with a Position, sorted by it (a definition's list never changes). */
    List<ParameterSpec> ofCmdlet(List<ParameterSpec> specs) {
        List<ParameterSpec> list = cmdlets.get(specs);
        if (list == null) {
            if (cmdlets.size() >= MAX_ENTRIES) {
                cmdlets.clear();
            }
            list = specs.stream().filter(p -> p.position() >= 0).sorted(Comparator.comparingInt(ParameterSpec::position)).toList();
            cmdlets.put(specs, list);
        }
        return list;
    }

    List<ParameterInfo> of(List<ParameterInfo> params) {
        List<ParameterInfo> list = known.get(params);
        if (list == null) {
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            list = List.copyOf(compute(params));
            known.put(params, list);
        }
        return list;
    }

    private static List<ParameterInfo> compute(List<ParameterInfo> params) {
        boolean explicit = params.stream().anyMatch(p -> p.position() != Integer.MIN_VALUE);
        List<ParameterInfo> list = new ArrayList<>();
        for (ParameterInfo p : params) {
            if (p.isSwitch() || p.remaining()) {
                continue;
            }
            if (!explicit || p.position() != Integer.MIN_VALUE) {
                list.add(p);
            }
        }
        if (explicit) {
            list.sort(Comparator.comparingInt(ParameterInfo::position));
        }
        return list;
    }
}
