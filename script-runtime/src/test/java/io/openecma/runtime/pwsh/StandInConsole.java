package io.openecma.runtime.pwsh;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The stand-in's System.Console: the few members the host script and test scripts use, over the
 * stand-in process's real file descriptors. Console.Out starts on the real stdout, as in .NET, so a
 * host that forgot to redirect it would break the protocol in the tests too.
 */
public final class StandInConsole {

    private static final StandInTextWriter ERROR =
            new StandInTextWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    private static volatile StandInTextWriter out =
            new StandInTextWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));

    private StandInConsole() {
    }

    public static OutputStream OpenStandardOutput() {
        return new FileOutputStream(FileDescriptor.out);
    }

    public static InputStream OpenStandardInput() {
        return new FileInputStream(FileDescriptor.in);
    }

    public static StandInTextWriter getOut() {
        return out;
    }

    public static StandInTextWriter getError() {
        return ERROR;
    }

    public static void SetOut(StandInTextWriter writer) {
        out = writer;
    }

    public static void WriteLine(Object value) {
        out.WriteLine(value);
    }

    public static void WriteLine() {
        out.WriteLine();
    }

    public static void Write(Object value) {
        out.Write(value);
    }

    /** System.IO.TextWriter over a print stream. */
    public static final class StandInTextWriter {
        private final PrintStream stream;

        StandInTextWriter(PrintStream stream) {
            this.stream = stream;
        }

        public void WriteLine(Object value) {
            stream.println(value == null ? "" : value);
        }

        public void WriteLine() {
            stream.println();
        }

        public void Write(Object value) {
            stream.print(value == null ? "" : value);
        }

        public void Flush() {
            stream.flush();
        }
    }
}
