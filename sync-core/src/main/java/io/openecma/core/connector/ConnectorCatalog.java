package io.openecma.core.connector;

import io.openecma.core.messaging.TopicAdmin;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;
import io.openecma.schemas.definition.InvalidDefinitionException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the connector folders under OPENECMA_CONNECTORS_DIR at start and rescans them
 * periodically: a new or changed valid definition is stored, published and served; an invalid
 * folder is reported with every problem and left out (a connector already served keeps its last
 * valid definition); a removed folder stops the connector.
 */
@ApplicationScoped
public class ConnectorCatalog {

    private static final Logger LOG = Logger.getLogger(ConnectorCatalog.class);

    @ConfigProperty(name = "openecma.connectors-dir")
    Path connectorsDir;
    @Inject
    ConnectorRegistry registry;
    @Inject
    ConnectorStates states;
    @Inject
    TopicAdmin topics;
    @Inject
    Event<ConnectorLoaded> loadedEvents;

    private final Map<String, String> reportedProblems = new HashMap<>();

    void onStart(@Observes StartupEvent event) {
        try {
            topics.ensureShared();
            rescan();
        } finally {
            registry.firstScanDone();
        }
    }

    @Scheduled(every = "${openecma.connectors.rescan-interval}", delayed = "${openecma.connectors.rescan-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodicRescan() {
        rescan();
    }

    public synchronized void rescan() {
        Set<String> present = new HashSet<>();
        for (Path folder : folders()) {
            String folderName = folder.getFileName().toString();
            try {
                ConnectorDefinition definition = ConnectorDefinitionLoader.load(folder);
                present.add(definition.name());
                reportedProblems.remove(folderName);
                load(definition);
            } catch (InvalidDefinitionException e) {
                present.add(folderName);
                reportInvalid(folderName, e);
            } catch (RuntimeException e) {
                present.add(folderName);
                LOG.errorf(e, "connector %s could not be loaded", folderName);
                states.recordError(folderName, "load failed: " + e.getMessage());
            }
        }
        for (LoadedConnector gone : registry.all()) {
            if (!present.contains(gone.name())) {
                LOG.warnf("connector %s: its folder is gone; no longer served", gone.name());
                registry.remove(gone.name());
                states.markRemoved(gone.name());
            }
        }
    }

    private void load(ConnectorDefinition definition) {
        String hash = ConnectorStates.contentHash(definition);
        LoadedConnector current = registry.get(definition.name()).orElse(null);
        if (current != null && current.contentHash().equals(hash)) {
            return;
        }
        topics.ensureConnector(definition.name());
        LoadedConnector loaded = states.applyDefinition(definition, hash);
        registry.put(loaded);
        LOG.infof("connector %s %s (export type %s, object type %s)", definition.name(),
                current == null ? "loaded" : "reloaded", loaded.exportSettings().exportType(), definition.objectType());
        loadedEvents.fire(new ConnectorLoaded(loaded, current != null));
    }

    private void reportInvalid(String folderName, InvalidDefinitionException e) {
        String problems = e.getMessage();
        boolean served = registry.get(folderName).isPresent();
        if (!Objects.equals(reportedProblems.put(folderName, problems), problems)) {
            LOG.errorf("connector folder %s is invalid and %s:%n%s", folderName,
                    served ? "its last valid definition stays in use" : "is not loaded", problems);
            states.markInvalid(folderName, problems, served);
        }
    }

    private List<Path> folders() {
        if (!Files.isDirectory(connectorsDir)) {
            LOG.errorf("connectors folder %s does not exist (set OPENECMA_CONNECTORS_DIR)", connectorsDir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> children = Files.list(connectorsDir)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.errorf("cannot list connectors folder %s: %s", connectorsDir, e.getMessage());
            return List.of();
        }
    }
}
