package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Script paths to files, always through the engine's confinement ({@code ctx.fileSystem()}).
 * Wildcards are expanded in the last path segment only.
 */
final class ScriptPaths {
    private ScriptPaths() {
    }

    static Path resolve(CommandContext ctx, String path) {
        return ctx.fileSystem().resolve(path);
    }

    /** The existing files a -Path names (wildcards expanded), or the one resolved path if literal. */
    static List<Path> expand(CommandContext ctx, String path, boolean literal) {
        List<Path> out = new ArrayList<>();
        String normalized = path.replace('\\', '/');
        int slash = normalized.lastIndexOf('/');
        String leaf = normalized.substring(slash + 1);
        if (literal || !Wildcard.containsWildcard(leaf)) {
            out.add(resolve(ctx, literal ? path : unescape(path)));
            return out;
        }
        Path dir = resolve(ctx, slash < 0 ? "." : slash == 0 ? "/" : normalized.substring(0, slash));
        Wildcard pattern = Wildcard.compile(leaf, false);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (pattern.matches(p.getFileName().toString()) && ctx.fileSystem().isAllowed(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new PSRuntimeException("System.IO.IOException", e.getMessage(), e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString().toLowerCase()));
        return out;
    }

    private static String unescape(String path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '`' && i + 1 < path.length()) {
                c = path.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Writes 5.1's "Cannot find path ... because it does not exist." as a non-terminating error. */
    static void notFound(CommandContext ctx, String shown, String commandClass) {
        ctx.writeError("System.Management.Automation.ItemNotFoundException",
                "Cannot find path '" + shown + "' because it does not exist.",
                "PathNotFound,Microsoft.PowerShell.Commands." + commandClass, "ObjectNotFound", shown);
    }
}
