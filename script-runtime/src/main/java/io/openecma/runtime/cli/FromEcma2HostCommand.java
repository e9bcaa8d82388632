package io.openecma.runtime.cli;

import io.openecma.runtime.migrate.Ecma2HostConversion;
import io.openecma.runtime.migrate.Ecma2HostExport;
import io.openecma.runtime.migrate.Ecma2HostExportReader;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code openecma-connector from-ecma2host CONFIG.xml [FOLDER]}: converts an ECMA2Host connector
 * export into a connector folder (default: the export's profile name in the current folder), then
 * loads it as the workers would, so what it prints is a folder that loads.
 */
final class FromEcma2HostCommand {

    private FromEcma2HostCommand() {
    }

    /** @return the summary printed as JSON: folder, connector, what to fill in, notes, a new token */
    static Map<String, Object> run(String[] argv) {
        if (argv.length < 2 || argv.length > 3) {
            throw new IllegalArgumentException("from-ecma2host needs CONFIG.xml and optionally the new connector FOLDER");
        }
        Path config = Path.of(argv[1]);
        Ecma2HostExport export = Ecma2HostExportReader.read(config);
        Path folder = argv.length == 3 ? Path.of(argv[2]) : Path.of(Ecma2HostConversion.suggestedName(export));
        Ecma2HostConversion.Result result = Ecma2HostConversion.convert(export, folder.toAbsolutePath().normalize());
        ConnectorDefinitionLoader.load(result.folder());

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("folder", result.folder().toString());
        summary.put("connector", result.connectorName());
        summary.put("toFillIn", result.toFillIn());
        summary.put("notes", result.notes());
        if (result.newSecretToken() != null) {
            summary.put("secretToken", result.newSecretToken());
            summary.put("secretTokenNote", "a new bearer token for Entra's Secret Token field; only its hash is stored, "
                    + "so keep it now");
        }
        return summary;
    }
}
