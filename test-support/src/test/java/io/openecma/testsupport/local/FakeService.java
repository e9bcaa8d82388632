package io.openecma.testsupport.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A tiny stand-in for a service process in the launcher's tests (not for any openecma
 * behaviour): it serves {@code /q/health/ready} on {@code QUARKUS_HTTP_PORT} and prints the
 * environment the launcher gave it. With the argument {@code die} it fails at start instead.
 */
public final class FakeService {

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("die")) {
            System.out.println("starting");
            System.err.println("cannot reach the database: connection refused");
            System.exit(3);
        }
        // printed before the health endpoint answers, so the launcher has them when it calls the service ready
        for (String name : new String[] {"KAFKA_BOOTSTRAP_SERVERS", "DB_URL", "OPENECMA_CONNECTORS_DIR",
                "OPENECMA_SECRET_KEY", "OPENECMA_ADMIN_TOKEN", "OPENECMA_HTTP_ENABLED"}) {
            System.out.println(name + "=" + System.getenv(name));
        }
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping on request");
            server.stop(0);
        }));
    }
}
