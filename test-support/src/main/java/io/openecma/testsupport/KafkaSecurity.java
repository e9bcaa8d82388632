package io.openecma.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * SASL_SSL for the embedded broker, as a production cluster would ask it of openecma: TLS with a
 * certificate made for this run (a PKCS#12 key store for the broker, a trust store for clients,
 * both made with the JDK's keytool) and SASL/PLAIN with one user for the services.
 */
public final class KafkaSecurity {

    public static final String USER = "openecma";

    private final Path trustStore;
    private final Path keyStore;
    private final String storePassword;
    private final String password;

    private KafkaSecurity(Path trustStore, Path keyStore, String storePassword, String password) {
        this.trustStore = trustStore;
        this.keyStore = keyStore;
        this.storePassword = storePassword;
        this.password = password;
    }

    /** Makes a new certificate for localhost and a new password, keeping the stores in {@code folder}. */
    public static KafkaSecurity create(Path folder) {
        try {
            Files.createDirectories(folder);
            Path keyStore = folder.resolve("broker.p12");
            Path cert = folder.resolve("broker.crt");
            Path trustStore = folder.resolve("clients-truststore.p12");
            for (Path p : List.of(keyStore, cert, trustStore)) {
                Files.deleteIfExists(p);
            }
            String storePassword = randomSecret();
            keytool("-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", "broker", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "7", "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", storePassword, "-keypass", storePassword);
            keytool("-exportcert", "-alias", "broker", "-keystore", keyStore.toString(), "-storepass", storePassword,
                    "-rfc", "-file", cert.toString());
            keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(), "-storetype", "PKCS12",
                    "-keystore", trustStore.toString(), "-storepass", storePassword);
            return new KafkaSecurity(trustStore, keyStore, storePassword, randomSecret());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the Kafka TLS stores in " + folder, e);
        }
    }

    /** The broker's settings for a SASL_SSL listener named {@code listener} (lower case in property names). */
    void configureBroker(Properties p, String listener) {
        String prefix = "listener.name." + listener.toLowerCase() + ".";
        p.put("sasl.enabled.mechanisms", "PLAIN");
        p.put(prefix + "plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "user_" + USER + "=\"" + password + "\";");
        p.put(prefix + "ssl.keystore.location", keyStore.toString());
        p.put(prefix + "ssl.keystore.type", "PKCS12");
        p.put(prefix + "ssl.keystore.password", storePassword);
        p.put(prefix + "ssl.key.password", storePassword);
    }

    /** What a client sets to connect (the keys of Kafka's client configuration). */
    public Map<String, String> clientSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "PLAIN");
        settings.put("sasl.jaas.config", jaas(USER, password));
        settings.put("ssl.truststore.location", trustStore.toString());
        settings.put("ssl.truststore.type", "PKCS12");
        settings.put("ssl.truststore.password", storePassword);
        return settings;
    }

    /** The same, with a wrong password: for showing that the broker refuses it. */
    public Map<String, String> clientSettingsWithWrongPassword() {
        Map<String, String> settings = clientSettings();
        settings.put("sasl.jaas.config", jaas(USER, password + "-wrong"));
        return settings;
    }

    /** The client settings as the environment variables Quarkus maps onto {@code kafka.*}. */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        clientSettings().forEach((key, value) -> env.put("KAFKA_" + key.toUpperCase().replace('.', '_'), value));
        return env;
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
