package io.openecma.runtime;

import io.openecma.powershell.host.TlsTrust;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.PemCertificates;
import io.openecma.schemas.definition.TrustedCertificate;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The server certificates a connector's scripts accept: the JDK's trust store plus the connector's
 * {@code tls.trustedCertificates} (where ECMA2Host relied on the Windows certificate store).
 */
final class ConnectorTlsTrust {

    private ConnectorTlsTrust() {
    }

    static TlsTrust of(ConnectorDefinition definition) {
        List<X509Certificate> added = new ArrayList<>();
        for (TrustedCertificate c : definition.trustedCertificates()) {
            added.addAll(PemCertificates.parse(c.pem()));
        }
        return TlsTrust.jdkDefaultPlus(added);
    }
}
