package io.openecma.powershell.cmdlets.data;

import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * A failed TLS handshake found in an HTTP client's exception chain, sorted as .NET's WebExceptionStatus
 * does: a certificate that cannot be verified (untrusted issuer, wrong host name, expired) is
 * TrustFailure, any other handshake failure SecureChannelFailure.
 *
 * @param trust  true when the server certificate was rejected
 * @param detail the JDK's reason, for the warning that accompanies the error
 */
record TlsFailure(boolean trust, String detail) {

    /** The failure, or null when the chain holds no TLS exception. */
    static TlsFailure of(Throwable error) {
        SSLException ssl = null;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SSLException e && ssl == null) {
                ssl = e;
            }
            if (t instanceof CertificateException c && ssl != null) {
                return new TlsFailure(true, detail(ssl, c));
            }
        }
        return ssl == null ? null : new TlsFailure(false, String.valueOf(ssl.getMessage()));
    }

    private static String detail(SSLException ssl, CertificateException cause) {
        String message = cause.getMessage() != null ? cause.getMessage() : ssl.getMessage();
        // PKIX's "unable to find valid certification path to requested target" says it best.
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root != cause && root.getMessage() != null ? root.getMessage() : String.valueOf(message);
    }
}
