package io.openecma.powershell.pester;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Pester's TestDrive: a fresh empty folder for each outermost Describe (nested Contexts share it),
 * removed when that Describe ends. {@code $TestDrive} names it, and the path mapper turns
 * {@code TestDrive:\x} into a path inside it.
 */
final class TestDrive {

    private final Path parent;
    private Path current;
    private int depth;
    private int created;

    TestDrive(Path parent) {
        this.parent = parent;
    }

    /** Entering a Describe/Context: the drive folder (made on the outermost one). */
    Path enter() {
        if (depth++ == 0) {
            current = parent.resolve("TestDrive" + (++created));
            try {
                Files.createDirectories(current);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return current;
    }

    /** Leaving a Describe/Context: the outermost one deletes the folder. */
    void leave() {
        if (--depth == 0) {
            deleteTree(current);
            current = null;
        }
    }

    /** Maps {@code TestDrive:\rest} (either slash) to the drive folder; other paths unchanged. */
    String map(String path) {
        if (path.length() >= 10 && path.substring(0, 10).toLowerCase(Locale.ROOT).equals("testdrive:")) {
            if (current == null) {
                throw new IllegalArgumentException("Cannot find drive. A drive with the name 'TestDrive' does not exist.");
            }
            String rest = path.substring(10).replace('\\', '/').replaceFirst("^/+", "");
            return rest.isEmpty() ? current.toString() : current.resolve(rest).toString();
        }
        return path;
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a locked or vanished file is left for the run's temp cleanup
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
