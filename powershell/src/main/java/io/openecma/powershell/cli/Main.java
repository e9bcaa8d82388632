package io.openecma.powershell.cli;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.InvocationInfo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runner: {@code openecma-pwsh [--timeout=SECONDS] (-Command "text" | script.ps1) [args...]}.
 * Prints the output stream one item a line, errors to stderr as {@code file:line:column: message};
 * exits 1 on a terminating error. File access is confined to the current directory and the
 * script's directory.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) {
        // On a thread with the stack the call-depth limit needs (the main thread's is fixed by the launcher).
        System.exit(io.openecma.powershell.ScriptThreads.runAndWait("openecma-pwsh", () -> run(argv,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8))));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Duration timeout = null;
        int i = 0;
        while (i < argv.length && argv[i].startsWith("--")) {
            if (argv[i].startsWith("--timeout=")) {
                timeout = Duration.ofSeconds(Long.parseLong(argv[i].substring("--timeout=".length())));
            }
            i++;
        }
        if (i >= argv.length) {
            err.println("usage: openecma-pwsh [--timeout=SECONDS] (-Command \"script text\" | script.ps1) [arguments...]");
            return 2;
        }
        ScriptSource source;
        List<Path> roots = new ArrayList<>();
        Path cwd = Path.of("").toAbsolutePath();
        roots.add(cwd);
        if (argv[i].equalsIgnoreCase("-Command") || argv[i].equalsIgnoreCase("-c")) {
            if (i + 1 >= argv.length) {
                err.println("-Command needs the script text");
                return 2;
            }
            source = ScriptSource.of("<command>", argv[i + 1]);
            i += 2;
        } else {
            Path file = Path.of(argv[i]).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                err.println(argv[i] + ": file not found");
                return 2;
            }
            source = ScriptSource.fromFile(file);
            roots.add(file.getParent());
            i++;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        List<Object> positional = new ArrayList<>();
        for (; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("-") && a.length() > 1 && Character.isLetter(a.charAt(1))) {
                String name = a.substring(1);
                if (name.endsWith(":")) {
                    name = name.substring(0, name.length() - 1);
                }
                if (i + 1 < argv.length && !(argv[i + 1].startsWith("-") && argv[i + 1].length() > 1
                        && Character.isLetter(argv[i + 1].charAt(1)))) {
                    named.put(name, argv[++i]);
                } else {
                    named.put(name, Boolean.TRUE);
                }
            } else {
                positional.add(a);
            }
        }
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        EngineOptions options = EngineOptions.defaults().withFileSystemRoots(roots, cwd).withEnvironment(env)
                .withHostOutput(out::println);
        if (timeout != null) {
            options = options.withTimeLimit(timeout);
        }
        PowerShellEngine engine = PowerShellEngine.create(options);
        ScriptResult result = positional.isEmpty() ? engine.execute(source, named) : engine.execute(source, positional);
        for (Object item : result.output()) {
            out.println(OutputFormatter.format(item));
        }
        result.warning().forEach(w -> err.println("WARNING: " + w));
        result.verbose().forEach(v -> err.println("VERBOSE: " + v));
        result.debug().forEach(d -> err.println("DEBUG: " + d));
        for (ErrorRecord e : result.errors()) {
            InvocationInfo at = e.getInvocationInfo();
            err.println(at.scriptName() + ":" + at.scriptLineNumber() + ":" + at.offsetInLine() + ": " + e.message());
        }
        if (result.terminatingError().isPresent()) {
            err.println(result.terminatingError().get().describe());
            return 1;
        }
        return 0;
    }
}
