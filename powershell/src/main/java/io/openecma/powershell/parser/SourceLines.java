package io.openecma.powershell.parser;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of the script files parsed so far, so an error's InvocationInfo.Line can show the
 * source line it was raised on, as 5.1's does. Only script files are kept (names ending in
 * .ps1/.psm1): in-memory scripts share synthetic names, and a wrong line is worse than none.
 */
public final class SourceLines {

    private static final Map<String, String[]> FILES = new ConcurrentHashMap<>();

    private SourceLines() {
    }

    static void remember(String file, String text) {
        if (file == null || text == null) {
            return;
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ps1") || lower.endsWith(".psm1")) {
            FILES.put(file, text.split("\r\n|\r|\n", -1));
        }
    }

    /** The text of 1-based {@code line} of {@code file}, or "" when the file's text is not known. */
    public static String line(String file, int line) {
        String[] lines = file == null ? null : FILES.get(file);
        return lines == null || line < 1 || line > lines.length ? "" : lines[line - 1];
    }
}
