package io.openecma.powershell.types.facades;

/** Statics of [System.IO.Path]: pure string operations with Windows separators accepted. */
public final class PathStatics {
    private PathStatics() {
    }

    public static char getDirectorySeparatorChar() {
        return java.io.File.separatorChar;
    }

    public static String Combine(String... parts) {
        String result = "";
        for (String p : parts) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            if (isRooted(p) || result.isEmpty()) {
                result = p;
            } else {
                char last = result.charAt(result.length() - 1);
                result = (last == '/' || last == '\\') ? result + p : result + "\\" + p;
            }
        }
        return result;
    }

    private static boolean isRooted(String p) {
        return p.startsWith("/") || p.startsWith("\\") || (p.length() > 1 && p.charAt(1) == ':');
    }

    private static int lastSeparator(String p) {
        return Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    }

    public static String GetFileName(String p) {
        return p.substring(lastSeparator(p) + 1);
    }

    public static String GetDirectoryName(String p) {
        int i = lastSeparator(p);
        return i < 0 ? "" : p.substring(0, i);
    }

    public static String GetExtension(String p) {
        String name = GetFileName(p);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    public static String GetFileNameWithoutExtension(String p) {
        String name = GetFileName(p);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public static String ChangeExtension(String p, String ext) {
        String dir = p.substring(0, lastSeparator(p) + 1);
        String base = GetFileNameWithoutExtension(p);
        return dir + base + (ext == null ? "" : (ext.startsWith(".") ? ext : "." + ext));
    }

    public static boolean HasExtension(String p) {
        return !GetExtension(p).isEmpty();
    }

    public static boolean IsPathRooted(String p) {
        return isRooted(p);
    }
}
