package io.openecma.ingress.tls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TlsBootstrapTest {

    @Test
    void plainHttpWhenEnabled() throws Exception {
        assertEquals(Map.of(), TlsBootstrap.configure(Map.of("OPENECMA_HTTP_ENABLED", "true")::get));
    }

    @Test
    void aConfiguredPemCertificateIsUsed() throws Exception {
        Map<String, String> props = TlsBootstrap.configure(Map.of("OPENECMA_TLS_CERT", "/c.pem",
                "OPENECMA_TLS_KEY", "/k.pem")::get);
        assertEquals("/c.pem", props.get("quarkus.tls.key-store.pem.0.cert"));
        assertEquals("8585", props.get("quarkus.http.ssl-port"));
        assertEquals("disabled", props.get("quarkus.http.insecure-requests"));
    }

    @Test
    void otherwiseASelfSignedCertificateForTheHostIsGeneratedOnceAndKept(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("OPENECMA_TLS_DIR", dir.toString(), "OPENECMA_TLS_HOSTNAME", "ingress.example");
        Map<String, String> first = TlsBootstrap.configure(env::get);
        Path keystore = Path.of(first.get("quarkus.tls.key-store.p12.path"));
        byte[] generated = Files.readAllBytes(keystore);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, first.get("quarkus.tls.key-store.p12.password").toCharArray());
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate("scim-ingress");
        assertEquals("CN=ingress.example", certificate.getSubjectX500Principal().getName());
        assertTrue(store.isKeyEntry("scim-ingress"));
        Map<String, String> second = TlsBootstrap.configure(env::get);
        assertEquals(first, second);
        assertTrue(java.util.Arrays.equals(generated, Files.readAllBytes(keystore)), "the key store is reused");
    }
}
