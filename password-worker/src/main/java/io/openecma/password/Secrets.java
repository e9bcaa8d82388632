package io.openecma.password;

import java.util.ArrayList;
import java.util.List;

/**
 * The clear passwords of the call in hand, kept only to scrub them out of anything the worker
 * writes (log lines, script output, result messages) before it leaves the process.
 */
final class Secrets {

    private static final String MASK = "********";

    private final List<String> values = new ArrayList<>();

    Secrets(String... secrets) {
        for (String s : secrets) {
            if (s != null && !s.isEmpty()) {
                values.add(s);
            }
        }
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String s : values) {
            clean = clean.replace(s, MASK);
        }
        return clean;
    }

    /** Drops the references; the strings themselves are immutable and wait for the garbage collector. */
    void forget() {
        values.clear();
    }
}
