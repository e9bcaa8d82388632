package io.openecma.ingress;

import io.openecma.ingress.tls.TlsBootstrap;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service after settling how port 8585 is served (HTTPS by default, see {@link TlsBootstrap}). */
@QuarkusMain
public class ScimIngressMain {

    /** Read once when Quarkus's HTTP recorder class loads: it must be set before Quarkus starts. */
    public static final String URI_VALIDATION = "vertx.disableURIValidation";

    public static void main(String... args) throws Exception {
        TlsBootstrap.configure(System::getenv).forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        // Quarkus answers a target java.net.URI cannot parse with an empty 400 before any handler runs;
        // io.openecma.ingress.edge.RequestTarget makes the same check and answers with a SCIM error body
        System.setProperty(URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
