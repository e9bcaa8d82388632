package io.openecma.ingress.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Decides, before Quarkus starts, how port 8585 is served, and returns the Quarkus properties for it:
 * <ul>
 * <li>{@code OPENECMA_HTTP_ENABLED=true}: plain HTTP (local use).</li>
 * <li>A certificate configured ({@code OPENECMA_TLS_CERT} and {@code OPENECMA_TLS_KEY}, PEM files,
 * or any Quarkus TLS key-store option): HTTPS with it.</li>
 * <li>Otherwise: HTTPS with a self-signed certificate whose subject is the host name, generated once
 * with the JDK's {@code keytool} into {@code OPENECMA_TLS_DIR} (default {@code data/tls}) and
 * reused at every start, as ECMA2Host does with its own certificate.</li>
 * </ul>
 */
public final class TlsBootstrap {

    static final String KEYSTORE = "scim-ingress.p12";
    static final String PASSWORD_FILE = "scim-ingress.p12.password";
    private static final List<String> QUARKUS_TLS_OPTIONS = List.of("QUARKUS_TLS_KEY_STORE_P12_PATH",
            "QUARKUS_TLS_KEY_STORE_PEM_0_CERT", "QUARKUS_TLS_KEY_STORE_JKS_PATH", "QUARKUS_HTTP_SSL_CERTIFICATE_FILES",
            "QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_FILE");

    private TlsBootstrap() {
    }

    /** The properties to set; {@code env} reads an environment variable (null when unset). */
    public static Map<String, String> configure(Function<String, String> env) throws IOException {
        if ("true".equalsIgnoreCase(trim(env.apply("OPENECMA_HTTP_ENABLED")))) {
            return Map.of();
        }
        String port = trim(env.apply("QUARKUS_HTTP_PORT"));
        Map<String, String> https = Map.of("quarkus.http.ssl-port", port == null ? "8585" : port,
                "quarkus.http.insecure-requests", "disabled");
        String cert = trim(env.apply("OPENECMA_TLS_CERT"));
        String key = trim(env.apply("OPENECMA_TLS_KEY"));
        if (cert != null && key != null) {
            return merge(https, Map.of("quarkus.tls.key-store.pem.0.cert", cert, "quarkus.tls.key-store.pem.0.key", key));
        }
        if (QUARKUS_TLS_OPTIONS.stream().anyMatch(o -> trim(env.apply(o)) != null)) {
            return https;
        }
        String dir = trim(env.apply("OPENECMA_TLS_DIR"));
        Path keystore = selfSigned(Path.of(dir == null ? "data/tls" : dir), hostName(env));
        String password = Files.readString(keystore.resolveSibling(PASSWORD_FILE), StandardCharsets.UTF_8).trim();
        return merge(https, Map.of("quarkus.tls.key-store.p12.path", keystore.toAbsolutePath().toString(),
                "quarkus.tls.key-store.p12.password", password));
    }

    /** The persisted self-signed key store, generated when missing. */
    static Path selfSigned(Path folder, String host) throws IOException {
        Path keystore = folder.resolve(KEYSTORE);
        Path passwordFile = folder.resolve(PASSWORD_FILE);
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            return keystore;
        }
        Files.createDirectories(folder);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Files.deleteIfExists(keystore);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "scim-ingress",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650", "-storetype", "PKCS12",
                "-dname", "CN=" + host, "-ext", "SAN=dns:" + host + ",dns:localhost,ip:127.0.0.1",
                "-keystore", keystore.toString(), "-storepass", password, "-keypass", password, "-noprompt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool could not create " + keystore + ": " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating " + keystore, e);
        }
        Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(keystore, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect the files
        }
        return keystore;
    }

    static String hostName(Function<String, String> env) {
        String configured = trim(env.apply("OPENECMA_TLS_HOSTNAME"));
        if (configured != null) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
