package io.openecma.runtime;

import io.openecma.runtime.ecma2.Ecma2Types;
import io.openecma.runtime.ecma2.Ecma2Values;
import io.openecma.schemas.definition.ScriptKind;

import java.util.ArrayList;
import java.util.List;

/**
 * What each script kind may return, checked against what it did return. A wrong shape is an
 * error naming the script, what was expected and what came back; extra output next to the
 * expected object (e.g. a stray {@code ArrayList.Add} index) is reported on the warning stream.
 */
public final class ResultShapes {

    private ResultShapes() {
    }

    /** Exactly one object of the type among the output. */
    public static <T> T single(ScriptKind kind, String script, List<Object> output, Class<T> type, ScriptStreams streams) {
        List<T> matching = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (Object item : output) {
            Object v = Ecma2Values.unwrap(item);
            if (type.isInstance(v)) {
                matching.add(type.cast(v));
            } else {
                others.add(v);
            }
        }
        String expected = Ecma2Types.NAMESPACE + "." + type.getSimpleName();
        if (matching.isEmpty()) {
            throw ScriptFailedException.wrongResult(kind, script,
                    "must return one " + expected + ", but returned " + describe(output) + ".");
        }
        if (matching.size() > 1) {
            throw ScriptFailedException.wrongResult(kind, script,
                    "must return one " + expected + ", but returned " + matching.size() + " of them.");
        }
        strays(script, others, streams);
        return matching.get(0);
    }

    /** Any number of objects of the type (a List of them unrolls into the output); nothing else. */
    public static <T> List<T> many(ScriptKind kind, String script, List<Object> output, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Object item : output) {
            for (Object v : Ecma2Values.valuesOf(item)) {
                if (!type.isInstance(v)) {
                    throw ScriptFailedException.wrongResult(kind, script, "must return "
                            + Ecma2Types.NAMESPACE + "." + type.getSimpleName() + " objects, but returned "
                            + Ecma2Values.describe(v) + ".");
                }
                result.add(type.cast(v));
            }
        }
        return result;
    }

    /** Data-model checks on what a script built ({@code IllegalArgumentException}, nulls), reported against that script. */
    public static <T> T converted(ScriptKind kind, String script, java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ScriptFailedException.wrongResult(kind, script, e.getMessage());
        }
    }

    /** Scripts expected to return nothing: output is reported, not an error (ECMA2Host ignores it). */
    public static void none(String script, List<Object> output, ScriptStreams streams) {
        strays(script, output, streams);
    }

    private static void strays(String script, List<Object> others, ScriptStreams streams) {
        if (!others.isEmpty()) {
            streams.write(script, "warning", "ignored output of the script: " + describe(others));
        }
    }

    static String describe(List<Object> output) {
        if (output.isEmpty()) {
            return "nothing";
        }
        if (output.size() == 1) {
            return Ecma2Values.describe(output.get(0));
        }
        List<String> first = output.stream().limit(3).map(Ecma2Values::describe).toList();
        return output.size() + " objects (" + String.join(", ", first) + (output.size() > 3 ? ", ..." : "") + ")";
    }
}
