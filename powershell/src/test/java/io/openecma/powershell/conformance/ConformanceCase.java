package io.openecma.powershell.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One conformance case: {@code <feature>/<name>.ps1} with the output Windows PowerShell 5.1 prints
 * ({@code .out}, one line per output line; absent means no output) and, when the script must raise
 * a terminating error (script-terminating, or statement-terminating and written to the error stream),
 * a {@code .err} file holding a fragment of that error's message and
 * optionally the lines {@code type: <ExceptionTypeName>} and {@code line: <script line>}.
 */
record ConformanceCase(String feature, String name, Path script, List<String> expectedOutput,
                       Optional<ExpectedError> expectedError) {

    /** What a terminating error must look like: its message contains the fragment; type and line match if given. */
    record ExpectedError(String messageFragment, Optional<String> typeName, Optional<Integer> line) {

        boolean matchesType(String actualTypeName) {
            return typeName.map(expected -> actualTypeName != null
                    && (actualTypeName.equalsIgnoreCase(expected)
                    || actualTypeName.toLowerCase().endsWith("." + expected.toLowerCase()))).orElse(true);
        }

        /** Null when an error with this message, .NET type and line satisfies the expectation; otherwise why not. */
        String mismatch(String message, String actualTypeName, int actualLine) {
            if (message == null || !message.contains(messageFragment)) {
                return "error message differs";
            }
            if (!matchesType(actualTypeName)) {
                return "error type differs";
            }
            if (line.isPresent() && line.get() != actualLine) {
                return "error line differs";
            }
            return null;
        }

        @Override
        public String toString() {
            return "message containing [" + messageFragment + "]" + typeName.map(t -> ", type " + t).orElse("")
                    + line.map(l -> ", at line " + l).orElse("");
        }
    }

    String id() {
        return feature + "/" + name;
    }

    String scriptText() {
        return io.openecma.powershell.ScriptSource.fromFile(script).text();
    }

    static ConformanceCase load(Path script) {
        String file = script.getFileName().toString();
        String name = file.substring(0, file.length() - ".ps1".length());
        String feature = script.getParent().getFileName().toString();
        Path out = script.resolveSibling(name + ".out");
        Path err = script.resolveSibling(name + ".err");
        List<String> expected = Files.exists(out) ? lines(read(out)) : List.of();
        Optional<ExpectedError> error = Files.exists(err) ? Optional.of(parseError(read(err))) : Optional.empty();
        return new ConformanceCase(feature, name, script, expected, error);
    }

    /** Splits text into lines the way the runner prints them; one trailing line break ends the last line. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\r\n|\n|\r", -1));
    }

    private static ExpectedError parseError(String text) {
        List<String> message = new ArrayList<>();
        String type = null;
        Integer at = null;
        for (String line : lines(text)) {
            if (line.startsWith("type:")) {
                type = line.substring("type:".length()).trim();
            } else if (line.startsWith("line:")) {
                at = Integer.valueOf(line.substring("line:".length()).trim());
            } else if (!line.isBlank()) {
                message.add(line);
            }
        }
        return new ExpectedError(String.join("\n", message), Optional.ofNullable(type), Optional.ofNullable(at));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
