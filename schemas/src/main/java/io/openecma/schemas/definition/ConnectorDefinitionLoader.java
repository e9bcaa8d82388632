package io.openecma.schemas.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads connector definitions from their folders (connector.yaml plus script files), validating
 * everything and reporting every problem at once.
 */
public final class ConnectorDefinitionLoader {

    private ConnectorDefinitionLoader() {
    }

    /** Loads one connector folder, or throws listing every problem in it. */
    public static ConnectorDefinition load(Path folder) {
        ConnectorYamlReader reader = new ConnectorYamlReader(folder);
        ConnectorDefinition definition = reader.read();
        if (definition == null) {
            throw new InvalidDefinitionException(reader.problems());
        }
        return definition;
    }

    /**
     * Loads every sub-folder of the connectors folder (hidden folders skipped), sorted by name, or
     * throws listing every problem of every folder; one bad connector stops the load so that a
     * mistake is seen at start-up rather than silently leaving a connector out.
     */
    public static List<ConnectorDefinition> loadAll(Path connectorsDir) {
        if (!Files.isDirectory(connectorsDir)) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem(connectorsDir.toString(), null,
                    "not a folder (set OPENECMA_CONNECTORS_DIR to the folder holding the connector folders)")));
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(connectorsDir)) {
            folders = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem(connectorsDir.toString(), null,
                    "cannot be listed: " + e.getMessage())));
        }
        List<ConnectorDefinition> definitions = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Path folder : folders) {
            ConnectorYamlReader reader = new ConnectorYamlReader(folder);
            ConnectorDefinition definition = reader.read();
            if (definition == null) {
                problems.addAll(reader.problems());
            } else {
                definitions.add(definition);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        return definitions;
    }
}
