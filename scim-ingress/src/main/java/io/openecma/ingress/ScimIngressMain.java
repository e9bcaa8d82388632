package io.openecma.ingress;

import io.openecma.ingress.tls.TlsBootstrap;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service after settling how port 8585 is served (HTTPS by default, see {@link TlsBootstrap}). */
@QuarkusMain
public class ScimIngressMain {

    public static void main(String... args) throws Exception {
        TlsBootstrap.configure(System::getenv).forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        Quarkus.run(args);
    }
}
