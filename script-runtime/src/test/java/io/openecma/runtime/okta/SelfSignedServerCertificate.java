package io.openecma.runtime.okta;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed server certificate made at test time with the JDK's keytool (the JDK has no API to
 * issue one), for an HttpsServer on 127.0.0.1. (The engine's tests have the same helper; test classes
 * are not shared between modules.)
 */
public record SelfSignedServerCertificate(X509Certificate certificate, SSLContext serverContext) {

    /** For {@code commonName} and 127.0.0.1. */
    public static SelfSignedServerCertificate create(Path dir, String commonName) throws Exception {
        return create(dir, commonName, "dns:" + commonName + ",ip:127.0.0.1");
    }

    /** For the names of {@code subjectAltNames} (keytool's SAN syntax) only. */
    public static SelfSignedServerCertificate create(Path dir, String commonName, String subjectAltNames) throws Exception {
        Path store = dir.resolve(commonName + ".p12");
        Files.deleteIfExists(store);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
                "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=" + commonName, "-ext",
                "SAN=" + subjectAltNames, "-validity", "2", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + log);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return new SelfSignedServerCertificate((X509Certificate) keys.getCertificate("server"), context);
    }

    /** The certificate as PEM, the form connector.yaml's tls.trustedCertificates files take. */
    public String pem() throws java.security.cert.CertificateEncodingException {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
