package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.cmdlets.results.ByteCollection;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.TypeRegistry;
import io.openecma.powershell.types.io.FileSystemInfoValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Windows PowerShell 5.1's Format-Hex (class Microsoft.PowerShell.Commands.FormatHex, alias fhx):
 * -Path (default set, wildcards), -LiteralPath (PSPath, LP) or -InputObject (pipeline) with
 * -Encoding (ASCII by default; ASCII, BigEndianUnicode, Unicode, UTF32, UTF7, UTF8) and -Raw (accepted,
 * no effect). A file gives one {@link ByteCollection} per 16 bytes with its offset and path; an input
 * object gives one ByteCollection of all its bytes: a string through the encoding, a byte, byte[],
 * Int32, Int32[], Int64 or Int64[] as BitConverter's little-endian bytes, a FileInfo as its file.
 * Any other type is the non-terminating FormatHexTypeNotSupported. The 6.1+ -Count/-Offset, the
 * grouping of typed input and the 16-digit offsets are PowerShell 7's, not 5.1's.
 */
final class FormatHexCmdlet {
    private static final String COMMAND = "Microsoft.PowerShell.Commands.FormatHex";
    private static final List<String> ENCODINGS = List.of("ascii", "bigendianunicode", "unicode", "utf32", "utf7", "utf8");
    private static final int BUFFER = 16;

    private FormatHexCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Format-Hex", () -> FormatHexCmdlet::process,
                ParameterSpec.positional("Path", "string[]", 0),
                ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath", "LP"),
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("Encoding", "string"),
                ParameterSpec.switchParameter("Raw")).withAliases("fhx");
    }

    private static void process(CommandContext c) {
        if (c.isBound("Path") || c.isBound("LiteralPath")) {
            boolean literal = c.isBound("LiteralPath");
            for (Object p : LanguagePrimitives.toList(c.parameter(literal ? "LiteralPath" : "Path"))) {
                processPath(c, LanguagePrimitives.toStringValue(p), literal);
            }
            return;
        }
        Object input = c.expectingInput() ? c.currentInput() : c.parameter("InputObject");
        processObject(c, LanguagePrimitives.base(LanguagePrimitives.unwrapNull(input)), encoding(c));
    }

    private static FileEncodings encoding(CommandContext c) {
        String name = c.isBound("Encoding") ? LanguagePrimitives.toStringValue(c.parameter("Encoding")) : "ascii";
        if (!ENCODINGS.contains(name.toLowerCase(Locale.ROOT))) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot validate argument on parameter 'Encoding'. The argument \"" + name + "\" does not belong to the set \""
                            + String.join(",", ENCODINGS) + "\" specified by the ValidateSet attribute. Supply an argument that is "
                            + "in the set and then try the command again.", "ParameterArgumentValidationError", "InvalidData");
        }
        return FileEncodings.named(name, FileEncodings.ASCII);
    }

    private static void processPath(CommandContext c, String shown, boolean literal) {
        String drive = ProviderDrives.driveOf(shown);
        if (drive != null || shown.toLowerCase(Locale.ROOT).startsWith("cert:") || shown.toLowerCase(Locale.ROOT).startsWith("hk")
                && shown.indexOf(':') == 4) {
            c.writeError("System.ArgumentException", "The given path '" + shown + "' is not supported. This command only supports "
                    + "the FileSystem Provider paths.", "FormatHexOnlySupportsFileSystemPaths," + COMMAND, "InvalidArgument", shown);
            return;
        }
        List<Path> files = ScriptPaths.expand(c, shown, literal);
        if (!literal && files.size() == 1 && !Files.exists(files.get(0))) {
            // GetResolvedProviderPathFromPSPath's ItemNotFoundException, as FileNotFound
            c.writeError("System.Management.Automation.ItemNotFoundException", "Cannot find path '" + shown
                    + "' because it does not exist.", "FileNotFound," + COMMAND, "ObjectNotFound", shown);
            return;
        }
        for (Path file : files) {
            dumpFile(c, file);
        }
    }

    /** 16 bytes at a time, each row its own ByteCollection (BinaryReader over File.Open). */
    private static void dumpFile(CommandContext c, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long offset = 0;
            byte[] buffer = new byte[BUFFER];
            for (int n = in.readNBytes(buffer, 0, BUFFER); n > 0; n = in.readNBytes(buffer, 0, BUFFER)) {
                c.writeObject(new ByteCollection(offset, Arrays.copyOf(buffer, n), file.toString()));
                offset += n;
            }
        } catch (IOException e) {
            String message = Files.isDirectory(file) ? "Access to the path '" + file + "' is denied."
                    : "Could not find file '" + file + "'.";
            c.writeError("System.IO.IOException", message, "FormatHexIOError," + COMMAND, "WriteError", file.toString());
        }
    }

    private static void processObject(CommandContext c, Object value, FileEncodings encoding) {
        if (value instanceof FileSystemInfoValue f) {
            processPath(c, f.getFullName(), true);
            return;
        }
        byte[] bytes = bytesOf(value, encoding);
        if (bytes == null) {
            String type = value == null ? "null" : TypeRegistry.typeNameOf(value);
            c.writeError("System.ArgumentException", "Cannot convert input of type '" + type + "' to hexadecimal. To view the "
                    + "hexadecimal formatting of its string representation, pipe it to the Out-String cmdlet before piping it "
                    + "to Format-Hex.", "FormatHexTypeNotSupported," + COMMAND, "InvalidArgument", value);
            return;
        }
        c.writeObject(new ByteCollection(0, bytes, null));
    }

    /** The bytes 5.1 takes from an input object, or null for a type it does not convert. */
    static byte[] bytesOf(Object value, FileEncodings encoding) {
        if (value instanceof String s) {
            return encoding.encode(s, true);
        }
        if (value instanceof Byte b) {
            return new byte[] {b};
        }
        if (value instanceof Integer i) {
            return little(Integer.BYTES).putInt(i).array();
        }
        if (value instanceof Long l) {
            return little(Long.BYTES).putLong(l).array();
        }
        if (value instanceof byte[] raw) {
            return raw.clone();
        }
        if (value instanceof Byte[] boxed) {
            byte[] out = new byte[boxed.length];
            for (int k = 0; k < boxed.length; k++) {
                out[k] = boxed[k];
            }
            return out;
        }
        if (value instanceof Integer[] ints) {
            ByteBuffer out = little(Integer.BYTES * ints.length);
            Arrays.stream(ints).forEach(out::putInt);
            return out.array();
        }
        if (value instanceof Long[] longs) {
            ByteBuffer out = little(Long.BYTES * longs.length);
            Arrays.stream(longs).forEach(out::putLong);
            return out.array();
        }
        return null;
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
