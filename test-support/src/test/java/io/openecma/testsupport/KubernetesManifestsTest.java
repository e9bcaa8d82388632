package io.openecma.testsupport;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.openecma.schemas.topics.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/kubernetes, read with fabric8's typed Kubernetes model (no cluster, no kustomize binary):
 * every openecma service of docker-compose has a Deployment and a Service, probes on
 * /q/health/live and /q/health/ready, memory requests and limits equal to docker-compose's
 * mem_limit, only its own Secret holding only the secrets docker-compose gives it, and KEDA scales
 * the script-workers on the consumer groups and topics the code uses.
 */
class KubernetesManifestsTest {

    private static final Set<String> SECRET_NAMES = Set.of("OPENECMA_SECRET_KEY", "OPENECMA_ADMIN_TOKEN",
            "OPENECMA_PASSWORD_PUBLIC_KEY", "OPENECMA_PASSWORD_PRIVATE_KEY", "DB_PASSWORD", "OPENECMA_DB_READER_PASSWORD");

    private static Path root;
    private static Path dir;
    private static Map<String, Object> kustomization;
    private static Map<String, Map<String, Object>> compose;
    private static final List<HasMetadata> resources = new ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        dir = root.resolve("deploy/kubernetes");
        try (Reader reader = Files.newBufferedReader(dir.resolve("kustomization.yaml"), StandardCharsets.UTF_8)) {
            kustomization = new Yaml().load(reader);
        }
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            compose = new TreeMap<>((Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml().load(reader))
                    .get("services"));
        }
        KubernetesSerialization serialization = new KubernetesSerialization();
        for (String file : (List<String>) kustomization.get("resources")) {
            String text = Files.readString(dir.resolve(file));
            for (String document : text.split("(?m)^---\\s*$")) {
                if (document.lines().anyMatch(l -> l.startsWith("kind:"))) {
                    resources.add(serialization.unmarshal(document));
                }
            }
        }
    }

    /** The openecma services of docker-compose: those built from a module (Kafka and PostgreSQL are the cluster's own). */
    private static Set<String> composeServices() {
        return compose.entrySet().stream().filter(e -> e.getValue().containsKey("build")).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static <T extends HasMetadata> Map<String, T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast)
                .collect(Collectors.toMap(r -> r.getMetadata().getName(), r -> r, (a, b) -> {
                    throw new AssertionError("two " + type.getSimpleName() + "s named " + a.getMetadata().getName());
                }, TreeMap::new));
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), deployment.getMetadata().getName() + " runs one container");
        return containers.get(0);
    }

    @Test
    void everyFileOfTheFolderIsAResourceOfTheKustomization() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .filter(n -> !n.equals("kustomization.yaml")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>((List<?>) kustomization.get("resources")));
        assertFalse(resources.isEmpty());
    }

    @Test
    void everyServiceOfDockerComposeHasADeploymentAndAService() {
        assertEquals(composeServices(), all(Deployment.class).keySet());
        Map<String, Service> services = all(Service.class);
        all(Deployment.class).forEach((name, deployment) -> {
            Service service = services.get(name);
            assertNotNull(service, name + " has a Service");
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertEquals(deployment.getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector(), name);
            assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()), name);
            String port = String.valueOf(((Map<?, ?>) compose.get(name).get("environment")).get("QUARKUS_HTTP_PORT"));
            Container container = container(deployment);
            assertEquals(port, String.valueOf(container.getPorts().get(0).getContainerPort()), name + " listens where compose says");
            assertEquals(port, String.valueOf(service.getSpec().getPorts().get(0).getPort()), name);
            assertEquals(port, env(container).get("QUARKUS_HTTP_PORT"), name);
            assertTrue(container.getAdditionalProperties().isEmpty(), name + ": unknown container fields "
                    + container.getAdditionalProperties().keySet());
            assertTrue(deployment.getSpec().getTemplate().getSpec().getAdditionalProperties().isEmpty(), name);
        });
    }

    @Test
    void everyContainerIsProbedOnItsLivenessAndReadiness() {
        all(Deployment.class).forEach((name, deployment) -> {
            Container container = container(deployment);
            String portName = container.getPorts().get(0).getName();
            String scheme = "scim-ingress".equals(name) ? "HTTPS" : null; // the ingress serves only HTTPS
            checkProbe(name + " liveness", container.getLivenessProbe(), "/q/health/live", portName, scheme);
            checkProbe(name + " readiness", container.getReadinessProbe(), "/q/health/ready", portName, scheme);
            // a slow start (Flyway, a large connector space) is not taken for a dead process
            checkProbe(name + " startup", container.getStartupProbe(), "/q/health/started", portName, scheme);
            assertTrue(container.getStartupProbe().getFailureThreshold() * container.getStartupProbe().getPeriodSeconds() >= 120,
                    name + " gets at least two minutes to start");
        });
    }

    private static void checkProbe(String what, Probe probe, String path, String port, String scheme) {
        assertNotNull(probe, what);
        assertNotNull(probe.getHttpGet(), what + " is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), what);
        assertEquals(port, probe.getHttpGet().getPort().getStrVal(), what + " on the container's port");
        assertEquals(scheme, probe.getHttpGet().getScheme(), what);
    }

    @Test
    void memoryRequestsAndLimitsAreDockerComposesMemLimit() {
        all(Deployment.class).forEach((name, deployment) -> {
            Map<String, Quantity> limits = container(deployment).getResources().getLimits();
            Map<String, Quantity> requests = container(deployment).getResources().getRequests();
            BigDecimal composeLimit = dockerBytes(String.valueOf(compose.get(name).get("mem_limit")));
            assertEquals(0, composeLimit.compareTo(limits.get("memory").getNumericalAmount()), name + " memory limit");
            assertEquals(0, composeLimit.compareTo(requests.get("memory").getNumericalAmount()),
                    name + " requests the memory it may use (the JVM takes 75% of it as heap)");
            assertNotNull(requests.get("cpu"), name + " requests CPU");
        });
    }

    /** docker-compose's byte values: b, k, m, g are powers of 1024. */
    private static BigDecimal dockerBytes(String value) {
        String v = value.trim().toLowerCase();
        long unit = switch (v.charAt(v.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String digits = Character.isDigit(v.charAt(v.length() - 1)) ? v : v.substring(0, v.length() - 1);
        return new BigDecimal(digits).multiply(BigDecimal.valueOf(unit));
    }

    @Test
    void eachServiceReadsOnlyItsOwnSecretAndOnlyTheSecretsDockerComposeGivesIt() throws IOException {
        Map<String, String> generated = secretFiles();
        all(Deployment.class).forEach((name, deployment) -> {
            Container container = container(deployment);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Set<String> secretsUsed = new TreeSet<>();
            Set<String> keys = new TreeSet<>();
            for (EnvVar var : container.getEnv()) {
                if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                    secretsUsed.add(var.getValueFrom().getSecretKeyRef().getName());
                    assertEquals(var.getName(), var.getValueFrom().getSecretKeyRef().getKey(), name);
                    keys.add(var.getName());
                } else {
                    assertFalse(SECRET_NAMES.contains(var.getName()), name + ": " + var.getName() + " is a secret, not a value");
                }
            }
            container.getEnvFrom().forEach(from -> {
                assertNull(from.getSecretRef(), name + ": a whole Secret as environment hides what it holds");
                assertEquals("openecma-config", from.getConfigMapRef().getName(), name);
            });
            pod.getVolumes().forEach(v -> assertNull(v.getSecret(), name + ": secrets only as named variables"));
            assertEquals(Set.of(name + "-secrets"), secretsUsed, name + " reads only its own Secret");

            Set<String> fromCompose = composeSecrets(name);
            Set<String> expected = new TreeSet<>(fromCompose);
            expected.remove("DB_PASSWORD");
            if (usesDatabase(name)) {
                expected.add("DB_PASSWORD");
            }
            assertEquals(expected, keys, name + ": the secrets docker-compose gives it (the database password only"
                    + " where the service has a database)");
            try {
                assertEquals(keys, envKeys(dir.resolve(generated.get(name + "-secrets") + ".example")),
                        name + ": its Secret's template names exactly what it reads");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.readString(dir.resolve("secrets/.gitignore")).lines().anyMatch("*.env"::equals),
                "filled-in secret files are never committed");
        Set<String> config = envKeys(dir.resolve("config.env"));
        config.retainAll(SECRET_NAMES);
        assertEquals(Set.of(), config, "the shared ConfigMap holds no secret");
    }

    /** Secret name to its env file, from the kustomization's secretGenerator. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> secretFiles() {
        Map<String, String> files = new TreeMap<>();
        for (Map<String, Object> generator : (List<Map<String, Object>>) kustomization.get("secretGenerator")) {
            List<String> envs = (List<String>) generator.get("envs");
            assertEquals(1, envs.size(), String.valueOf(generator));
            files.put((String) generator.get("name"), envs.get(0));
        }
        assertEquals(composeServices().stream().map(s -> s + "-secrets").collect(Collectors.toCollection(TreeSet::new)),
                files.keySet(), "one Secret per service");
        return files;
    }

    private static Set<String> composeSecrets(String service) {
        Set<String> names = new TreeSet<>();
        for (Object key : ((Map<?, ?>) compose.get(service).get("environment")).keySet()) {
            if (SECRET_NAMES.contains(String.valueOf(key))) {
                names.add(String.valueOf(key));
            }
        }
        return names;
    }

    /** Whether the service has a datasource (its application.properties set a database password). */
    private static boolean usesDatabase(String service) {
        try {
            return Files.readString(root.resolve(service).resolve("src/main/resources/application.properties"))
                    .contains("quarkus.datasource.password=");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> envKeys(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kedaScalesScriptWorkersOnTheExportLagOfEveryConnectorsWorkerGroup() throws IOException {
        List<GenericKubernetesResource> scaled = resources.stream().filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast).filter(r -> "ScaledObject".equals(r.getKind())).toList();
        assertEquals(1, scaled.size());
        GenericKubernetesResource object = scaled.get(0);
        assertEquals("keda.sh/v1alpha1", object.getApiVersion());
        Map<String, Object> spec = (Map<String, Object>) object.getAdditionalProperties().get("spec");
        assertEquals("script-worker", ((Map<String, Object>) spec.get("scaleTargetRef")).get("name"));
        assertTrue(((Number) spec.get("minReplicaCount")).intValue() >= 1, "imports and schema requests need a worker");
        assertTrue(((Number) spec.get("maxReplicaCount")).intValue() <= Topics.EXPORTS_PARTITIONS,
                "no more workers than a connector's export topic has partitions");
        assertNull(all(Deployment.class).get("script-worker").getSpec().getReplicas(),
                "KEDA owns the script-worker's replica count");

        // the group name as the worker's code joins it
        String laneFactory = Files.readString(root.resolve(
                "script-worker/src/main/java/io/openecma/worker/lane/LaneFactory.java"));
        assertTrue(laneFactory.contains("String group = \"openecma-script-worker-\" + name;"),
                "the worker group of a connector is openecma-script-worker-<connector>");
        assertTrue(laneFactory.contains("List.of(Topics.exports(name))"), "export consumers read Topics.exports");

        Set<String> connectors;
        try (Stream<Path> list = Files.list(root.resolve("examples/connectors"))) {
            connectors = list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> triggered = new TreeSet<>();
        String bootstrap = envKeysAndValues(dir.resolve("config.env")).get("KAFKA_BOOTSTRAP_SERVERS");
        for (Map<String, Object> trigger : (List<Map<String, Object>>) spec.get("triggers")) {
            assertEquals("kafka", trigger.get("type"));
            Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
            String group = (String) metadata.get("consumerGroup");
            assertTrue(group.startsWith("openecma-script-worker-"), group);
            String connector = group.substring("openecma-script-worker-".length());
            assertEquals(Topics.exports(connector), metadata.get("topic"), connector);
            assertEquals(bootstrap, metadata.get("bootstrapServers"), "KEDA reads the Kafka the services use");
            assertEquals("false", metadata.get("allowIdleConsumers"));
            triggered.add(connector);
        }
        assertEquals(connectors, triggered, "a trigger for every sample connector");
    }

    private static Map<String, String> envKeysAndValues(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    private static Map<String, String> env(Container container) {
        Map<String, String> values = new TreeMap<>();
        container.getEnv().stream().filter(v -> v.getValue() != null).forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }
}
