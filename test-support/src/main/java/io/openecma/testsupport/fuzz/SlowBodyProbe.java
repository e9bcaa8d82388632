package io.openecma.testsupport.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens many connections that send headers and the start of a body without a token and then stall,
 * and while they are open sends valid requests. The server must answer the valid ones, and should
 * answer the stalled ones 401 at once (authentication on the headers, before the body is read).
 */
public final class SlowBodyProbe {

    /** What happened: valid requests answered 2xx, and how the stalled connections were answered. */
    public record Result(int stalled, int stalledAnswered401, int stalledOther, int valid, int validAnswered,
                         long slowestValidMillis) {
        public String report() {
            return String.format("stalled unauthenticated connections: %d (answered 401: %d, other or open: %d)%n"
                            + "valid requests while they were open: %d, answered 2xx: %d, slowest %d ms%n",
                    stalled, stalledAnswered401, stalledOther, valid, validAnswered, slowestValidMillis);
        }
    }

    private SlowBodyProbe() {
    }

    public static Result run(String host, int port, String base, String token, int connections, int validRequests)
            throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress(host, port), 5_000);
                socket.setSoTimeout(15_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + base + "/Users HTTP/1.1\r\nHost: " + host + ":" + port
                        + "\r\nContent-Type: application/scim+json\r\nContent-Length: 100000\r\n\r\n{\"userName\":\"sl")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                stalled.add(socket);
            }
            RawHttp http = new RawHttp(host, port, 15_000);
            int answered = 0;
            long slowest = 0;
            for (int i = 0; i < validRequests; i++) {
                long start = System.nanoTime();
                RawHttp.Answer answer = http.send(("GET " + base + "/Users?count=1 HTTP/1.1\r\nHost: " + host + ":" + port
                        + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                if (answer.status() >= 200 && answer.status() < 300) {
                    answered++;
                }
            }
            int unauthorized = 0;
            for (Socket socket : stalled) {
                try {
                    if (RawHttp.read(socket.getInputStream()).status() == 401) {
                        unauthorized++;
                    }
                } catch (IOException e) {
                    // still open without an answer, or reset: counted as other
                }
            }
            return new Result(connections, unauthorized, connections - unauthorized, validRequests, answered, slowest);
        } finally {
            for (Socket socket : stalled) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing is best effort
                }
            }
        }
    }
}
