package io.openecma.testsupport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.openecma.testsupport.EmbeddedKafkaBroker;
import io.openecma.testsupport.KafkaSecurity;
import io.openecma.testsupport.EmbeddedPostgres;
import io.openecma.testsupport.FreePorts;
import io.openecma.testsupport.PostgresEndpoint;

/**
 * The whole openecma system on one machine: Kafka (in this JVM) and PostgreSQL (a child
 * process) with their data in the data folder, then every service as its own OS process with
 * the environment the services expect. {@link #stop()} stops the services first, then Kafka,
 * then PostgreSQL. Run {@link #main(String[])} (through {@code bin/openecma-local}) for the
 * interactive stack, or call {@link #start(LocalStackOptions)} from a test.
 */
public final class LocalStack implements AutoCloseable {

    private final LocalStackOptions options;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    /** How each service was started (its port fixed), so that it can be started again after a kill. */
    private final Map<String, ServiceSpec> startedAs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> environments = new java.util.concurrent.ConcurrentHashMap<>();
    private EmbeddedPostgres postgres;
    private EmbeddedKafkaBroker kafka;
    private LocalSecrets secrets;
    private List<LocalConnector> connectors = List.of();
    private LeftoverProcesses leftovers;
    private boolean stopped;

    private LocalStack(LocalStackOptions options) {
        this.options = options;
    }

    /**
     * Starts everything and returns once every service reports ready. On any failure what was
     * already started is stopped again and a {@link LocalStackException} says what went wrong.
     */
    public static LocalStack start(LocalStackOptions options) {
        LocalStack stack = new LocalStack(options);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.stop();
            throw e;
        }
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** What a Kafka client of the test needs: bootstrap servers and, if secured, SASL_SSL settings. */
    public Map<String, Object> kafkaClientSettings() {
        return kafka.clientSettings();
    }

    public PostgresEndpoint postgres() {
        return postgres.endpoint();
    }

    public LocalSecrets secrets() {
        return secrets;
    }

    public List<LocalConnector> connectors() {
        return connectors;
    }

    /** The SCIM bearer token of a connector the stack serves. */
    public String tokenOf(String connector) {
        return connectors.stream().filter(c -> c.name().equals(connector)).map(LocalConnector::token).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no connector " + connector + " in this stack"));
    }

    /** The HTTP port each service was started on, by service name. */
    public Map<String, Integer> servicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        synchronized (services) {
            services.forEach(service -> ports.put(service.name(), service.port()));
        }
        return ports;
    }

    /**
     * Kills one service at once (SIGKILL, as a crash or {@code kill -9} would), without stopping
     * anything else; for tests of what survives a crash.
     */
    public void kill(String serviceName) {
        List<ServiceProcess> victims = victims(serviceName);
        if (victims.isEmpty()) {
            throw new IllegalArgumentException("no service named " + serviceName);
        }
        killNow(victims.get(0));
    }

    /**
     * Kills one service (SIGKILL) and starts it again as it was started (same port, same
     * environment), returning once it is ready again; for soak tests.
     */
    public void restart(String serviceName) {
        restart(serviceName, () -> {
        });
    }

    /**
     * As {@link #restart(String)}, running {@code whenKilled} once the killed process has exited and
     * before the new one is launched (e.g. to start timing how long the others take to take over).
     */
    public void restart(String serviceName, Runnable whenKilled) {
        ServiceSpec spec = startedAs.get(serviceName);
        if (spec == null) {
            throw new IllegalArgumentException("no service named " + serviceName);
        }
        List<ServiceProcess> victims = victims(serviceName);
        services.removeAll(victims); // its exit is expected now
        victims.forEach(LocalStack::killNow);
        whenKilled.run();
        if (isStopped()) {
            return;
        }
        launch(spec, environments.get(serviceName)).awaitReady(options.readyTimeout());
    }

    /** The running processes of one service (none after a restart that could not launch it). */
    private List<ServiceProcess> victims(String serviceName) {
        synchronized (services) {
            return services.stream().filter(service -> service.name().equals(serviceName)).toList();
        }
    }

    private static void killNow(ServiceProcess victim) {
        victim.handle().destroyForcibly();
        victim.handle().onExit().join();
    }

    /** Stops the services, then Kafka, then PostgreSQL; data stays in the data folder. Idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<ServiceProcess> running;
        synchronized (services) {
            running = new ArrayList<>(services);
        }
        running.forEach(ServiceProcess::requestStop);
        running.forEach(service -> {
            service.awaitStop();
            if (leftovers != null) {
                leftovers.forget(service.name());
            }
        });
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    @Override
    public void close() {
        stop();
    }

    private void startAll() {
        Path dataDir = options.dataDir();
        Path logDir = dataDir.resolve("logs");
        createFolders(dataDir, logDir);
        connectors = LocalConnector.load(options.connectorsDir());
        secrets = LocalSecrets.loadOrCreate(dataDir);
        leftovers = new LeftoverProcesses(dataDir, this::say);
        leftovers.stopAll(dataDir.resolve("postgres"));
        List<ServiceSpec> specs = withFreePortsWhereAsked(options.services());
        specs.forEach(ServiceProcess::requireArtifact);
        requireFree("PostgreSQL", options.postgresPort());
        requireFree("Kafka", options.kafkaPort());
        specs.forEach(spec -> requireFree(spec.name(), spec.port()));

        int postgresPort = options.postgresPort() == 0 ? FreePorts.pick() : options.postgresPort();
        postgres = EmbeddedPostgres.startPersistent(postgresPort, dataDir.resolve("postgres"),
                logDir.resolve("postgres.log"));
        say("PostgreSQL 17 ready at " + postgres.endpoint().jdbcUrl());

        int kafkaPort = options.kafkaPort() == 0 ? FreePorts.pick() : options.kafkaPort();
        KafkaSecurity security = options.kafkaSaslSsl() ? KafkaSecurity.create(dataDir.resolve("kafka-tls")) : null;
        kafka = EmbeddedKafkaBroker.start(kafkaPort, controllerPort(kafkaPort), dataDir.resolve("kafka"), security);
        List<String> created = LocalTopics.ensure(kafka.clientSettings(),
                connectors.stream().map(LocalConnector::name).toList());
        say("Kafka 4.1 ready at " + kafka.bootstrapServers() + (security == null ? "" : " (SASL_SSL)")
                + (created.isEmpty() ? "" : " (created " + created.size() + " topics)"));

        Map<String, String> common = serviceEnvironment();
        for (ServiceSpec spec : specs) {
            Map<String, String> env = new LinkedHashMap<>(common);
            env.putAll(secrets.environmentFor(spec.name()));
            startedAs.put(spec.name(), spec);
            environments.put(spec.name(), env);
            launch(spec, env);
        }
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitReady(options.readyTimeout());
            say(service.name() + " ready on port " + service.port() + " (pid " + service.pid() + ")");
        }
    }

    private ServiceProcess launch(ServiceSpec spec, Map<String, String> env) {
        ServiceProcess service = ServiceProcess.start(spec, options.projectRoot(), env, options.output(),
                options.dataDir().resolve("logs"));
        services.add(service);
        leftovers.record(service.name(), service.handle());
        service.onExit(code -> {
            if (!isStopped() && services.contains(service)) {
                say(service.name() + " exited unexpectedly with code " + code + ". Its last log lines:\n"
                        + service.tailText());
            }
        });
        return service;
    }

    /** The environment every service reads; each also gets its own secrets ({@link LocalSecrets#environmentFor}). */
    private Map<String, String> serviceEnvironment() {
        PostgresEndpoint db = postgres.endpoint();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if (kafka.security() != null) {
            env.putAll(kafka.security().serviceEnvironment());
        }
        env.put("DB_URL", db.jdbcUrl());
        env.put("DB_USER", db.user());
        env.put("DB_PASSWORD", db.password());
        env.put("OPENECMA_CONNECTORS_DIR", options.connectorsDir().toString());
        env.put("OPENECMA_DATA_DIR", options.dataDir().resolve("connector-data").toString());
        // Where the ingress keeps its generated self-signed certificate (HTTPS when HTTP is off).
        env.put("OPENECMA_TLS_DIR", options.dataDir().resolve("tls").toString());
        return env;
    }

    private List<ServiceSpec> withFreePortsWhereAsked(List<ServiceSpec> specs) {
        return specs.stream().map(spec -> spec.port() == 0 ? spec.withPort(FreePorts.pick()) : spec).toList();
    }

    /** The KRaft controller listens next to the client port (19093 for 19092). */
    private static int controllerPort(int kafkaPort) {
        int next = kafkaPort + 1;
        return FreePorts.inUse(next) ? FreePorts.pick() : next;
    }

    private static void requireFree(String what, int port) {
        if (port != 0 && FreePorts.inUse(port)) {
            throw new LocalStackException(what + ": port " + port + " is already in use"
                    + " (is another local stack still running? stop it, or free the port)");
        }
    }

    private static void createFolders(Path... folders) {
        try {
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folders[0], e);
        }
    }

    private void say(String line) {
        options.output().accept("[openecma] " + line);
    }

    /** Prints where to point a SCIM client, then runs until Ctrl-C (SIGINT/SIGTERM). */
    public static void main(String[] args) throws InterruptedException {
        long began = System.nanoTime();
        LocalStackOptions options = LocalStackMain.options(args);
        LocalStack stack = new LocalStack(options);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything starts, so Ctrl-C during the start also stops what is running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[openecma] stopping services, then Kafka, then PostgreSQL...");
            stack.stop();
            System.out.println("[openecma] stopped; data kept in " + options.dataDir());
            stopped.countDown();
        }, "openecma-local-stop"));
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            System.err.println("[openecma] local stack not started: " + e.getMessage());
            System.exit(1);
        }
        LocalStackMain.printBanner(stack, options, Duration.ofNanos(System.nanoTime() - began));
        stopped.await();
    }
}
