package io.openecma.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * State that must be shared by the whole test JVM. Quarkus loads test resources in more than one
 * class loader, so a static field would exist once per loader and start a second broker; system
 * properties and an interned string are the same for every loader.
 */
final class JvmWide {

    /** A string literal is interned, hence one object across all class loaders. */
    static final Object LOCK = "io.openecma.testsupport.JvmWide.lock";

    private JvmWide() {
    }

    static void onExit(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, "openecma-stop-" + name));
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the JVM is exiting.
        }
    }

    static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
