package io.openecma.schemas.definition;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads PEM text ({@code -----BEGIN CERTIFICATE-----} blocks) into X.509 certificates. */
public final class PemCertificates {

    private PemCertificates() {
    }

    /** The certificates of the text; an IllegalArgumentException says why there are none. */
    public static List<X509Certificate> parse(String pem) {
        if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw new IllegalArgumentException("holds no PEM certificate (-----BEGIN CERTIFICATE----- block)");
        }
        try {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : all) {
                certificates.add((X509Certificate) c);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("holds no PEM certificate (-----BEGIN CERTIFICATE----- block)");
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IllegalArgumentException("is not a readable X.509 certificate in PEM form: " + e.getMessage(), e);
        }
    }

    /** Null when the text holds at least one readable certificate, else the reason. */
    static String problem(String pem) {
        try {
            parse(pem);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
