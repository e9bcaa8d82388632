package io.openecma.powershell.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code > variable:name} and {@code >> variable:name} for the output stream (PowerShell 7.4's
 * redirection to a variable, #20381, additive to 5.1): the variable is set to what was written (one
 * item itself, several as an array), {@code >>} appends to what it held. Other streams are not done.
 */
final class VariableRedirection {

    private static final String DRIVE = "variable:";

    private VariableRedirection() {
    }

    static boolean isVariablePath(String path) {
        return path.length() > DRIVE.length() && path.toLowerCase(Locale.ROOT).startsWith(DRIVE);
    }

    static void write(Interpreter interp, String path, List<Object> items, boolean append) {
        String name = path.substring(DRIVE.length());
        List<Object> all = new ArrayList<>();
        if (append) {
            Object old = interp.getVariableOrNull(name);
            if (LanguagePrimitives.isEnumerable(old)) {
                LanguagePrimitives.iterate(old).forEachRemaining(all::add);
            } else if (old != null) {
                all.add(old);
            }
        }
        all.addAll(items);
        interp.setVariable("", name, all.size() == 1 ? all.get(0) : all.toArray());
    }
}
