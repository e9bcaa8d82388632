package io.openecma.schemas.definition;

/**
 * A certificate file named under {@code tls.trustedCertificates} in connector.yaml: its path in the
 * connector folder and its PEM text (one or more {@code BEGIN CERTIFICATE} blocks), read in so the
 * definition carries it to every worker.
 */
public record TrustedCertificate(String file, String pem) {
}
