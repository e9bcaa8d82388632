package io.openecma.powershell.pester;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code openecma-pester [--timeout SECONDS] [--modules DIR] [--tsv FILE] FILE.Tests.ps1...}: runs Pester 4
 * test files on the engine, one fresh engine per file, printing a line per It, a summary per file and
 * the totals. {@code --tsv} also writes one row per It (the oracle reads it).
 */
public final class PesterMain {

    private PesterMain() {
    }

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = run(argv, out, new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(code);
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Duration timeout = Duration.ofSeconds(60);
        Path modules = null;
        Path tsv = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(argv[++i]));
                case "--modules" -> modules = Path.of(argv[++i]).toAbsolutePath().normalize();
                case "--tsv" -> tsv = Path.of(argv[++i]);
                default -> files.add(Path.of(argv[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("usage: openecma-pester [--timeout SECONDS] [--modules DIR] [--tsv FILE] FILE.Tests.ps1...");
            return 2;
        }
        Path tempParent = Path.of(System.getProperty("java.io.tmpdir"), "openecma-pester");
        PesterFileRunner runner = new PesterFileRunner(new PesterFileRunner.Options(timeout, tempParent, modules,
                r -> out.println(ResultLines.console(r))));
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        List<String> rows = new ArrayList<>();
        for (Path file : files) {
            out.println("--- " + file);
            FileReport report = runner.run(file);
            if (report.fileError() != null) {
                out.println("    file stopped: " + ResultLines.firstLine(report.fileError()));
            }
            out.println("    " + file.getFileName() + ": "
                    + ResultLines.totals(report.passed(), report.failed(), report.skipped()));
            passed += report.passed();
            failed += report.failed();
            skipped += report.skipped();
            report.results().forEach(r -> rows.add(ResultLines.tsv(file.toString(), r)));
        }
        if (tsv != null) {
            try {
                Files.write(tsv, rows, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.println(ResultLines.totals(passed, failed, skipped));
        return failed == 0 ? 0 : 1;
    }
}
