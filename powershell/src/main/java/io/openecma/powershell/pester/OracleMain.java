package io.openecma.powershell.pester;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code powershell-oracle CHECKOUT [--report FILE.tsv] [--only SUBSTRING] [--jobs N] [--timeout S] --lists DIR}:
 * runs PowerShell's own Pester tests listed in DIR/in-scope.txt (less DIR/excluded.txt) on the engine,
 * each file in a child process, and prints per-file, per-folder and total figures.
 */
public final class OracleMain {

    static final List<String> FOLDERS = List.of("Language/Classes", "Language/Interop", "Language/Operators",
            "Language/Parser", "Language/Scripting", "Modules/Microsoft.PowerShell.Utility",
            "Modules/Microsoft.PowerShell.Management", "Modules/Microsoft.PowerShell.Core");

    private OracleMain() {
    }

    public static void main(String[] argv) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(argv, out));
    }

    static int run(String[] argv, PrintStream out) throws Exception {
        Path checkout = null;
        Path report = null;
        Path lists = Path.of("powershell", "oracle");
        String only = null;
        int jobs = 1;
        Duration timeout = Duration.ofSeconds(60);
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--report" -> report = Path.of(argv[++i]);
                case "--only" -> only = argv[++i];
                case "--jobs" -> jobs = Integer.parseInt(argv[++i]);
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(argv[++i]));
                case "--lists" -> lists = Path.of(argv[++i]);
                default -> checkout = Path.of(argv[i]).toAbsolutePath().normalize();
            }
        }
        if (checkout == null || !Files.isDirectory(checkout.resolve("test/powershell"))) {
            System.err.println("usage: powershell-oracle PATH-TO-POWERSHELL-CHECKOUT [--report FILE.tsv] [--only SUBSTRING] [--jobs N] [--timeout SECONDS]");
            return 2;
        }
        Exclusions exclusions = Exclusions.read(lists.resolve("excluded.txt"));
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(lists.resolve("in-scope.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && (only == null || line.contains(only))) {
                files.add(line.strip());
            }
        }
        Path root = checkout;
        Path modules = checkout.resolve("test/tools/Modules");
        ChildRun child = new ChildRun(Files.isDirectory(modules) ? modules : null, timeout);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        Map<String, Future<FileReport>> pending = new LinkedHashMap<>();
        for (String file : files) {
            if (exclusions.wholeFile(file) == null) {
                pending.put(file, pool.submit(() -> child.run(root.resolve(file))));
            }
        }
        Map<String, Tally> folders = new LinkedHashMap<>();
        FOLDERS.forEach(f -> folders.put(f, new Tally()));
        Tally total = new Tally();
        List<String> rows = new ArrayList<>();
        for (String file : files) {
            Tally tally = new Tally();
            String wholeReason = exclusions.wholeFile(file);
            String note = "";
            if (wholeReason != null) {
                Path path = checkout.resolve(file);
                for (ItSites.Site site : ItSites.inFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8))) {
                    tally.excluded++;
                    rows.add(String.join("\t", file, "", site.name(), "EXCLUDED", wholeReason, ""));
                }
                note = "  (excluded: " + wholeReason + ")";
            } else {
                FileReport result = pending.get(file).get();
                for (TestResult r : result.results()) {
                    String reason = exclusions.test(file, r.fullName());
                    if (reason != null) {
                        tally.excluded++;
                        rows.add(String.join("\t", file, String.join(" > ", r.path()), r.name(), "EXCLUDED", reason, ""));
                        continue;
                    }
                    switch (r.outcome()) {
                        case PASSED -> tally.passed++;
                        case FAILED -> tally.failed++;
                        default -> tally.skipped++;
                    }
                    rows.add(ResultLines.tsv(file, r));
                }
            }
            out.println(tally + "  " + file + note);
            folders.computeIfAbsent(folderOf(file), k -> new Tally()).add(tally);
            total.add(tally);
        }
        pool.shutdown();
        out.println();
        out.println("Per folder:");
        folders.forEach((folder, tally) -> out.println(tally + "  " + folder));
        out.println();
        out.println("Total: " + total + " (" + total.total() + " It blocks in " + files.size() + " files)");
        if (report != null) {
            List<String> lines = new ArrayList<>();
            lines.add("file\tdescribe\tname\tresult\tmessage\tlocation");
            lines.addAll(rows);
            Files.write(report, lines, StandardCharsets.UTF_8);
        }
        out.println(ResultLines.totals(total.passed, total.failed, total.skipped));
        return 0;
    }

    static String folderOf(String file) {
        String rel = file.replaceFirst("^test/powershell/", "");
        for (String folder : FOLDERS) {
            if (rel.startsWith(folder + "/")) {
                return folder;
            }
        }
        return "other";
    }
}
