package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.ExecutionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The format files a runspace has loaded with Update-FormatData (InitialSessionState.Formats): the
 * prepended ones first, then the appended ones, each with its views. One store per runspace
 * (ExecutionContext); a new runspace starts with none.
 */
final class FormatDataStore {
    private static final Map<ExecutionContext, FormatDataStore> STORES = Collections.synchronizedMap(new WeakHashMap<>());

    record LoadedFile(Path path, List<FormatViewDefinition> views) {
    }

    private final List<LoadedFile> files = new ArrayList<>();

    static FormatDataStore of(ExecutionContext context) {
        return STORES.computeIfAbsent(context, c -> new FormatDataStore());
    }

    /** The new set of files, read again in full (Update-FormatData always rebuilds the format table). */
    synchronized void replace(List<LoadedFile> loaded) {
        files.clear();
        files.addAll(loaded);
    }

    synchronized List<LoadedFile> files() {
        return List.copyOf(files);
    }

    synchronized List<FormatViewDefinition> views() {
        List<FormatViewDefinition> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.views()));
        return all;
    }
}
