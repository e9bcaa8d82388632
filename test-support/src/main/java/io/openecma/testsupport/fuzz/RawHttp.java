package io.openecma.testsupport.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client over a plain socket that sends exactly the bytes it is given (a missing Host,
 * a NUL in a header, a body that contradicts its framing: what no well-behaved client can send) and
 * reads one answer. One connection per request.
 */
public final class RawHttp {

    /** One answer; {@code status} is {@link #NO_ANSWER} when the server closed without one, {@link #TIMEOUT} when none came in time. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public static final int NO_ANSWER = -1;
    public static final int TIMEOUT = -2;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public RawHttp(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    public Answer send(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the server may answer and close before taking the whole request: read what it said
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(TIMEOUT, Map.of(), "");
        } catch (IOException e) {
            return new Answer(NO_ANSWER, Map.of(), String.valueOf(e.getMessage()));
        }
    }

    static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            return new Answer(NO_ANSWER, Map.of(), statusLine == null ? "" : statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                out.write(in.readNBytes(size));
                line(in);
            }
            body = out.toByteArray();
        } else if (status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                out.write(b);
            }
        }
        if (b == -1 && out.size() == 0) {
            return null;
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
