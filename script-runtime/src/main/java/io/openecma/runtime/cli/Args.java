package io.openecma.runtime.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The CLI's arguments: connector folder, command, {@code --flag}s and {@code --option value}s. */
record Args(String folder, String command, Set<String> flags, Map<String, String> options) {

    private static final Set<String> WITH_VALUE = Set.of("--watermark", "--page-size", "--changes", "--batch-size",
            "--anchor", "--dn", "--data", "--page", "--runtime", "--entry");
    private static final Set<String> FLAGS = Set.of("--full", "--delta", "--set", "--change", "--refresh-schema");

    static Args parse(String[] argv) {
        if (argv.length < 2) {
            throw new IllegalArgumentException("a connector folder and a command are needed");
        }
        Set<String> flags = new HashSet<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < argv.length; i++) {
            String a = argv[i];
            if (FLAGS.contains(a)) {
                flags.add(a);
            } else if (WITH_VALUE.contains(a)) {
                if (i + 1 >= argv.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                options.put(a, argv[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        return new Args(argv[0], argv[1], flags, options);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
