package io.openecma.runtime.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.openecma.runtime.ExportSession;
import io.openecma.runtime.ImportPage;
import io.openecma.runtime.ImportSession;
import io.openecma.runtime.PasswordCall;
import io.openecma.runtime.PasswordRejectedException;
import io.openecma.runtime.ScriptFailedException;
import io.openecma.runtime.ScriptRuntime;
import io.openecma.runtime.ScriptRuntimes;
import io.openecma.runtime.ScriptStreams;
import io.openecma.runtime.ValidationResult;
import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;
import io.openecma.schemas.definition.InvalidDefinitionException;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.CloseReason;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;
import io.openecma.schemas.ecma.PasswordOperationType;
import io.openecma.schemas.ecma.Schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one connector's scripts without Kafka or PostgreSQL, for script authors:
 * {@code openecma-connector <connector-folder> schema | validate | import --full|--delta [--watermark W]
 * | export --changes FILE.json | password --set|--change --anchor VALUE}. JSON on stdout, the
 * scripts' streams on stderr, exit code 0 on success, 1 when a script failed or refused, 2 on bad usage.
 */
public final class ConnectorCli {

    static final String USAGE = """
            usage: openecma-connector <connector-folder> <command> [options]
                   openecma-connector from-ecma2host CONFIG.xml [FOLDER]
                                                       make a connector folder from an ECMA2Host export
              schema                                   run the Schema script, print the schema and keep it
              validate [--page Connectivity|Global|Partition|RunStep]
              import --full|--delta [--watermark W] [--page-size N] [--refresh-schema]
                                                       run Begin Import, every Import page, End Import
              export --changes FILE.json [--batch-size N] [--refresh-schema]
                                                       export a JSON array of CSEntryChanges, print the results
                                                       (both use the schema the last schema run kept;
                                                       --refresh-schema runs the Schema script first)
              password --set|--change [--anchor VALUE] [--entry FILE.json] [--dn DN]
                                                       new password (and, for --change, the old one first)
                                                       one per line on standard input; --entry gives
                                                       $CSEntry the object's attributes ({"attr": value, ...})
            options: --data DIR   the connector's own folders (MAData, ECMA, Temp, drives) and kept schema;
                                  default .openecma-local/<connector> in the current folder
                     --runtime embedded|pwsh
                                  run on this runtime whatever connector.yaml says; pwsh is
                                  PowerShell 7 ($OPENECMA_PWSH, default pwsh on the PATH)
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final java.io.InputStream in;

    /** Where OPENECMA_SECRET_KEY and OPENECMA_SECRET_KEY_ID are read: the process environment. */
    private final java.util.function.UnaryOperator<String> environment;

    ConnectorCli(PrintStream out, PrintStream err, java.io.InputStream in) {
        this(out, err, in, System::getenv);
    }

    /** With another environment, so tests can give the connector key without changing the process's. */
    ConnectorCli(PrintStream out, PrintStream err, java.io.InputStream in, java.util.function.UnaryOperator<String> environment) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.environment = environment;
    }

    private static io.openecma.schemas.definition.ScriptRuntime runtimeKind(Args args, ConnectorDefinition def) {
        String name = args.option("--runtime").orElse(null);
        if (name == null) {
            return def.runtime();
        }
        for (io.openecma.schemas.definition.ScriptRuntime kind : io.openecma.schemas.definition.ScriptRuntime.values()) {
            if (kind.id().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--runtime must be embedded or pwsh, not '" + name + "'");
    }

    public static void main(String[] args) {
        // Scripts run on this thread: one with the stack the engine's call-depth limit needs.
        System.exit(io.openecma.powershell.ScriptThreads.runAndWait("openecma-connector",
                () -> new ConnectorCli(System.out, System.err, System.in).run(args)));
    }

    int run(String[] argv) {
        if (argv.length > 0 && argv[0].equals("from-ecma2host")) {
            return fromEcma2Host(argv);
        }
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            ConnectorDefinition def = ConnectorDefinitionLoader.load(resolveFolder(args.folder()));
            Path data = args.option("--data").map(Path::of)
                    .orElse(Path.of(".openecma-local").resolve(def.name()));
            List<String> missing = MissingSecrets.of(def);
            if (!missing.isEmpty()) {
                if (args.command().equals("validate")) {
                    err.println("error: " + MissingSecrets.describe(missing));
                    return 1;
                }
                err.println("warning: " + MissingSecrets.describe(missing));
            }
            ConnectorFolders folders = ConnectorFolders.under(data);
            ScriptRuntime runtime = ScriptRuntimes.forKind(runtimeKind(args, def), def, folders, secrets(), streams());
            SchemaCache schemas = new SchemaCache(folders.base(), def.objectType(), err);
            boolean refresh = args.flag("--refresh-schema");
            return switch (args.command()) {
                case "schema" -> print(schemas.refresh(runtime));
                case "validate" -> validate(runtime, args);
                case "import" -> importAll(runtime, def, args, schemas.get(runtime, refresh));
                case "export" -> export(runtime, def, args, () -> schemas.get(runtime, refresh));
                case "password" -> password(runtime, def, args);
                default -> usage("unknown command '" + args.command() + "'");
            };
        } catch (InvalidDefinitionException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (PasswordRejectedException e) {
            err.println("error: password refused (" + e.errorKind() + "): " + e.getMessage());
            return 1;
        } catch (ScriptFailedException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (UnsupportedOperationException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private int fromEcma2Host(String[] argv) {
        try {
            return print(FromEcma2HostCommand.run(argv));
        } catch (InvalidDefinitionException e) {
            err.println("error: the converted folder does not load: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return argv.length < 2 || argv.length > 3 ? 2 : 1;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int validate(ScriptRuntime runtime, Args args) {
        ConfigParameterPage page = ConfigParameterPage.valueOf(args.option("--page").orElse("Connectivity"));
        ValidationResult result = runtime.validate(page);
        print(result);
        return result.success() ? 0 : 1;
    }

    private int importAll(ScriptRuntime runtime, ConnectorDefinition def, Args args, Schema schema) {
        boolean full = args.flag("--full");
        boolean delta = args.flag("--delta");
        if (full == delta) {
            return usage("import needs exactly one of --full and --delta");
        }
        int pageSize = args.option("--page-size").map(Integer::parseInt).orElse(pageSize(def));
        OpenImportRunStep step = new OpenImportRunStep(full ? ImportType.Full : ImportType.Delta, pageSize,
                args.option("--watermark").orElse(null), null);
        ImportSession session = runtime.openImportSession(step, schema);
        int pageNumber = 0;
        while (session.hasMorePages()) {
            ImportPage page = session.nextPage();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("page", ++pageNumber);
            line.put("entries", page.entries());
            line.put("errors", page.errors());
            line.put("moreToImport", page.moreToImport());
            line.put("customData", page.customData());
            out.println(Json.write(line));
        }
        out.println(Json.write(Map.of("watermark", String.valueOf(session.close(CloseReason.Normal)))));
        return 0;
    }

    private int export(ScriptRuntime runtime, ConnectorDefinition def, Args args,
                       java.util.function.Supplier<Schema> schemaSource) {
        Path file = Path.of(args.option("--changes").orElseThrow(() -> new IllegalArgumentException("export needs --changes FILE.json")));
        List<CSEntryChange> changes;
        try {
            changes = Json.mapper().readValue(Files.readString(file), new TypeReference<List<CSEntryChange>>() {
            });
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " as a JSON array of CSEntryChanges: " + e.getMessage());
        }
        int batchSize = args.option("--batch-size").map(Integer::parseInt).orElse(batchSize(def));
        Schema schema = schemaSource.get();
        List<CSEntryChangeResult> results = new ArrayList<>();
        try (ExportSession session = runtime.openExportSession(
                new OpenExportRunStep(def.capabilities().exportType(), batchSize, null), schema)) {
            for (int i = 0; i < changes.size(); i += batchSize) {
                results.addAll(session.export(changes.subList(i, Math.min(changes.size(), i + batchSize))));
            }
        }
        print(results);
        return results.stream().allMatch(r -> r.errorCode().isSuccess()) ? 0 : 1;
    }

    private int password(ScriptRuntime runtime, ConnectorDefinition def, Args args) {
        boolean set = args.flag("--set");
        boolean change = args.flag("--change");
        if (set == change) {
            return usage("password needs exactly one of --set and --change");
        }
        Map<String, List<Object>> attributes = PasswordEntry.attributes(def, args.option("--entry").map(Path::of),
                args.option("--anchor"));
        String anchor = String.valueOf(attributes.get(def.anchorAttribute()).get(0));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String oldPassword = change ? readLine(reader, "the old password") : null;
        String newPassword = readLine(reader, "the new password");
        String dn = args.option("--dn").orElse("CN=" + anchor + ",OBJECT=" + def.objectType().toUpperCase(java.util.Locale.ROOT));
        runtime.password(new PasswordCall(dn, def.objectType(), attributes,
                set ? PasswordOperationType.SetPassword : PasswordOperationType.ChangePassword, null, oldPassword, newPassword));
        print(Map.of("status", "ok", "operation", set ? "SetPassword" : "ChangePassword", "dn", dn));
        return 0;
    }

    private static String readLine(BufferedReader reader, String what) {
        try {
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalArgumentException("expected " + what + " on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pageSize(ConnectorDefinition def) {
        return def.pageSizes() == null || def.pageSizes().importPageSize() <= 0 ? 5000 : def.pageSizes().importPageSize();
    }

    private static int batchSize(ConnectorDefinition def) {
        return def.pageSizes() == null || def.pageSizes().exportBatchSize() <= 0 ? 100 : def.pageSizes().exportBatchSize();
    }

    private int print(Object value) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private int usage(String message) {
        err.println("error: " + message);
        err.print(USAGE);
        return 2;
    }

    private ScriptStreams streams() {
        return new ScriptStreams() {
            @Override
            public void write(String script, String stream, String text) {
                err.println("[" + script + " " + stream + "] " + text);
            }

            @Override
            public void write(String script, String stream, String text, String file, int line) {
                write(io.openecma.runtime.ScriptPlace.of(script, file, line), stream, text);
            }
        };
    }

    private SecretBox secrets() {
        String key = environment.apply(SecretBox.KEY_ENV);
        if (key == null || key.isBlank()) {
            return null;
        }
        Map<String, String> env = new java.util.HashMap<>();
        env.put(SecretBox.KEY_ENV, key);
        String keyId = environment.apply(SecretBox.KEY_ID_ENV);
        if (keyId != null) {
            env.put(SecretBox.KEY_ID_ENV, keyId);
        }
        return SecretBox.fromEnvironment(env);
    }

    /** A folder path, or a connector name under OPENECMA_CONNECTORS_DIR (default examples/connectors). */
    private static Path resolveFolder(String arg) {
        Path direct = Path.of(arg);
        if (Files.isDirectory(direct)) {
            return direct;
        }
        String dir = System.getenv().getOrDefault("OPENECMA_CONNECTORS_DIR", "examples/connectors");
        return Path.of(dir).resolve(arg);
    }
}
