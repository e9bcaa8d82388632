package io.openecma.powershell.cmdlets.data;

import java.util.Locale;

/**
 * New-Item's -ItemType for the file system: the given text is a prefix of one of the kinds, tried
 * in FileSystemProvider.GetItemType's order ("d" and "container" are directories, "f" a file).
 */
final class FileItemTypes {
    static final String DIRECTORY = "directory";
    static final String FILE = "file";
    static final String SYMBOLIC_LINK = "symboliclink";
    static final String JUNCTION = "junction";
    static final String HARD_LINK = "hardlink";

    private FileItemTypes() {
    }

    /** The kind the text names, or null when it names none (then New-Item fails). */
    static String kind(String type) {
        if (type == null) {
            return FILE;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (DIRECTORY.startsWith(t) || "container".startsWith(t)) {
            return DIRECTORY;
        }
        for (String k : new String[] {FILE, SYMBOLIC_LINK, JUNCTION, HARD_LINK}) {
            if (k.startsWith(t)) {
                return k;
            }
        }
        return null;
    }
}
