package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.io.IoPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Statics of [System.IO.Path] with Windows rules (5.1 runs on Windows): '\' is the separator, '/'
 * the alternative one, and a drive letter roots a path. Pure string operations, except the temp
 * helpers, which use the host-given TMP/TEMP and the engine's file-system roots.
 */
public final class PathStatics {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PathStatics() {
    }

    public static char getDirectorySeparatorChar() {
        return '\\';
    }

    public static char getAltDirectorySeparatorChar() {
        return '/';
    }

    public static char getPathSeparator() {
        return ';';
    }

    public static char getVolumeSeparatorChar() {
        return ':';
    }

    public static String Combine(String... parts) {
        String result = "";
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p == null) {
                String name = parts.length <= 4 ? "path" + (i + 1) : "paths";
                throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: " + name)
                        .withParamName(name);
            }
            if (p.isEmpty()) {
                continue;
            }
            if (isRooted(p) || result.isEmpty()) {
                result = p;
            } else {
                char last = result.charAt(result.length() - 1);
                result = (last == '/' || last == '\\' || last == ':') ? result + p : result + "\\" + p;
            }
        }
        return result;
    }

    private static boolean isRooted(String p) {
        return p.startsWith("/") || p.startsWith("\\") || (p.length() > 1 && p.charAt(1) == ':');
    }

    private static int lastSeparator(String p) {
        return Math.max(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')), p.length() > 1 && p.charAt(1) == ':' ? 1 : -1);
    }

    public static String GetFileName(String p) {
        return p == null ? null : p.substring(lastSeparator(p) + 1);
    }

    /** Null for null, a root or an empty path; "" for a bare name. */
    public static String GetDirectoryName(String p) {
        if (p == null) {
            return null;
        }
        if (p.isBlank()) {
            throw new PSRuntimeException("System.ArgumentException", "The path is not of a legal form.");
        }
        int rootLength = p.length() >= 2 && p.charAt(1) == ':' ? (p.length() > 2 && isSep(p.charAt(2)) ? 3 : 2)
                : p.startsWith("\\\\") ? p.length() : isSep(p.charAt(0)) ? 1 : 0;
        int i = lastSeparator(p);
        if (i < rootLength || p.length() <= rootLength) {
            return rootLength > 0 && p.length() > rootLength ? p.substring(0, rootLength) : rootLength > 0 ? null : "";
        }
        int end = i;
        while (end > rootLength && isSep(p.charAt(end - 1))) {
            end--;
        }
        return p.substring(0, end);
    }

    private static boolean isSep(char c) {
        return c == '\\' || c == '/';
    }

    public static String GetExtension(String p) {
        if (p == null) {
            return null;
        }
        String name = GetFileName(p);
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot);
    }

    public static String GetFileNameWithoutExtension(String p) {
        if (p == null) {
            return null;
        }
        String name = GetFileName(p);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** A null extension removes it; an empty one leaves the dot (as .NET Framework does). */
    public static String ChangeExtension(String p, String ext) {
        if (p == null) {
            return null;
        }
        String dir = p.substring(0, lastSeparator(p) + 1);
        String name = p.substring(lastSeparator(p) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (ext == null) {
            return dir + base;
        }
        return dir + base + (ext.startsWith(".") ? ext : "." + ext);
    }

    public static boolean HasExtension(String p) {
        return p != null && !GetExtension(p).isEmpty();
    }

    public static boolean IsPathRooted(String p) {
        return p != null && !p.isEmpty() && isRooted(p);
    }

    public static String GetPathRoot(String p) {
        if (p == null) {
            return null;
        }
        if (p.length() >= 2 && p.charAt(1) == ':') {
            return p.length() > 2 && isSep(p.charAt(2)) ? p.substring(0, 3) : p.substring(0, 2);
        }
        return !p.isEmpty() && isSep(p.charAt(0)) ? "\\" : "";
    }

    /** The full path as the engine resolves it (path mapper and current location). */
    public static String GetFullPath(String path) {
        if (path != null && path.isEmpty()) {
            // .NET Framework's GetFullPath says this where the file APIs say "Empty path name is not legal."
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.ArgumentException", "The path is not of a legal form.");
        }
        return IoPaths.resolve(path, "path").toString();
    }

    /** TMP, then TEMP, then USERPROFILE of the host-given environment, else the first file-system root; ends in a separator. */
    public static String GetTempPath() {
        ExecutionContext c = ExecutionContext.current();
        String t = c.environmentVariable("TMP", null);
        if (t == null || t.isEmpty()) {
            t = c.environmentVariable("TEMP", null);
        }
        if (t == null || t.isEmpty()) {
            t = c.environmentVariable("USERPROFILE", null);
        }
        if (t == null || t.isEmpty()) {
            t = c.fileSystem().roots().isEmpty() ? c.fileSystem().currentLocation().toString()
                    : c.fileSystem().roots().get(0).toString();
        }
        char sep = t.indexOf('\\') >= 0 || t.indexOf('/') < 0 ? '\\' : '/';
        return isSep(t.charAt(t.length() - 1)) ? t : t + sep;
    }

    /** Creates an empty tmpXXXX.tmp file in the temp folder and returns its path. */
    public static String GetTempFileName() {
        String dir = GetTempPath();
        for (int attempt = 0; attempt < 65535; attempt++) {
            String name = dir + "tmp" + Integer.toHexString(RANDOM.nextInt(0x10000)).toUpperCase(java.util.Locale.ROOT) + ".tmp";
            Path p = IoPaths.resolve(name, "path");
            try {
                Files.createFile(p);
                return name;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // try another name, as GetTempFileName does
            } catch (IOException e) {
                throw new PSRuntimeException("System.IO.IOException", "The file '" + p + "' could not be created: " + e.getMessage());
            }
        }
        throw new PSRuntimeException("System.IO.IOException", "The file exists.\r\n");
    }

    /** Eight and three random characters of [a-z0-5] around a dot, as .NET's GetRandomFileName. */
    public static String GetRandomFileName() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz012345";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            if (i == 8) {
                sb.append('.');
            }
            sb.append(alphabet.charAt(RANDOM.nextInt(32)));
        }
        return sb.toString();
    }

    public static Character[] GetInvalidFileNameChars() {
        String s = "\"<>|\0:*?\\/";
        Character[] out = new Character[s.length() + 31];
        int n = 0;
        for (char c : s.toCharArray()) {
            out[n++] = c;
        }
        for (char c = 1; c < 32; c++) {
            out[n++] = c;
        }
        return out;
    }

    public static Character[] GetInvalidPathChars() {
        Character[] out = new Character[36];
        int n = 0;
        for (char c : "\"<>|\0".toCharArray()) {
            out[n++] = c;
        }
        for (char c = 1; c < 32; c++) {
            out[n++] = c;
        }
        return out;
    }
}
