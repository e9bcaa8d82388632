package io.openecma.testsupport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.openecma.schemas.definition.ConnectorDefinitionLoader;
import io.openecma.schemas.definition.InvalidDefinitionException;

/**
 * A connector of the local stack, as an administrator needs it: its name (for the SCIM URL and
 * its topics) and the bearer token to configure in the SCIM client.
 *
 * @param name  the connector name from its definition
 * @param token the clear-text token from the folder's {@code local-token} hint, or the demo token
 */
public record LocalConnector(String name, String token) {

    /** The sample connectors' documented token (only its hash is in connector.yaml). */
    public static final String DEMO_TOKEN = "openecma-demo-token-change-me";
    static final String TOKEN_HINT_FILE = "local-token";

    public String scimBaseUrl(int ingressPort) {
        return "http://localhost:" + ingressPort + "/ecma2host_" + name + "/scim";
    }

    /** Every connector folder, validated by the same loader sync-core uses; all problems at once. */
    static List<LocalConnector> load(Path connectorsDir) {
        if (!Files.isDirectory(connectorsDir)) {
            throw new LocalStackException("connectors folder " + connectorsDir + " does not exist");
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(connectorsDir)) {
            folders = children.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + connectorsDir, e);
        }
        List<LocalConnector> connectors = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            try {
                String name = ConnectorDefinitionLoader.load(folder).name();
                connectors.add(new LocalConnector(name, token(folder)));
            } catch (InvalidDefinitionException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new LocalStackException(String.join("\n", problems));
        }
        return connectors;
    }

    private static String token(Path folder) {
        Path hint = folder.resolve(TOKEN_HINT_FILE);
        try {
            return Files.exists(hint) ? Files.readString(hint, StandardCharsets.UTF_8).trim() : DEMO_TOKEN;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hint, e);
        }
    }
}
