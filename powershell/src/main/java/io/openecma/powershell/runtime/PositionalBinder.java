package io.openecma.powershell.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Binds a function's positional arguments after its named ones (CmdletParameterBinderController.
 * BindPositionalParameters): only parameters of a parameter set still possible after the named
 * binding take a value; where two parameters share a position, the default parameter set's one wins;
 * each bound parameter narrows the sets further. What no parameter takes is left over, in order, with
 * the unknown named arguments a ValueFromRemainingArguments parameter collects as text.
 */
final class PositionalBinder {

    /** An unknown {@code -name} (or its colon value) kept in argument order for the remaining arguments. */
    record Unmatched(Object value) {
    }

    private PositionalBinder() {
    }

    /**
     * Binds {@code positional} into {@code values}; returns the leftover arguments in order.
     * {@code all} are every parameter of the command, {@code defaultSet} its DefaultParameterSetName;
     * {@code bound} hears which argument (by index) each parameter took.
     */
    static List<Object> bind(List<ParameterInfo> all, List<ParameterInfo> positionalParams, List<Object> positional,
                             Map<ParameterInfo, Object> values, String defaultSet, BiConsumer<Integer, ParameterInfo> bound) {
        Set<String> sets = possibleSets(all, values.keySet(), defaultSet);
        List<Object> leftover = new ArrayList<>();
        for (int at = 0; at < positional.size(); at++) {
            Object value = positional.get(at);
            if (value instanceof Unmatched u) {
                leftover.add(u.value());
                continue;
            }
            ParameterInfo target = next(positionalParams, values, sets, defaultSet);
            if (target == null) {
                leftover.add(value);
                continue;
            }
            values.put(target, value);
            bound.accept(at, target);
            if (sets != null && !target.sets().isEmpty()) {
                sets.retainAll(target.sets());
            }
        }
        return leftover;
    }

    /** The declared parameter sets the named parameters allow, or null when the command declares none. */
    private static Set<String> possibleSets(List<ParameterInfo> all, Set<ParameterInfo> named, String defaultSet) {
        Set<String> sets = new LinkedHashSet<>();
        all.forEach(p -> sets.addAll(p.sets()));
        if (sets.isEmpty()) {
            return null;
        }
        if (!ParameterInfo.ALL_SETS.equals(defaultSet)) {
            sets.add(defaultSet);
        }
        for (ParameterInfo p : named) {
            if (!p.sets().isEmpty()) {
                sets.retainAll(p.sets());
            }
        }
        return sets;
    }

    private static ParameterInfo next(List<ParameterInfo> positionalParams, Map<ParameterInfo, Object> values,
                                      Set<String> sets, String defaultSet) {
        ParameterInfo best = null;
        for (ParameterInfo p : positionalParams) {
            if (values.containsKey(p) || sets != null && !p.sets().isEmpty() && p.sets().stream().noneMatch(sets::contains)) {
                continue;
            }
            if (best == null) {
                best = p;
                if (p.position() == Integer.MIN_VALUE) {
                    return p; // no explicit positions: declaration order
                }
            } else if (p.position() != best.position()) {
                break;
            } else if (p.sets().contains(defaultSet) && !best.sets().contains(defaultSet)) {
                best = p;
            }
        }
        return best;
    }
}
