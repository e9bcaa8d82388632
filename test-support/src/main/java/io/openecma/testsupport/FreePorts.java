package io.openecma.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Ports on the loopback interface. */
public final class FreePorts {

    // Below Linux's default ephemeral range (32768-60999): a port the operating system hands out
    // for port 0 is one it may also give to the next outgoing connection (a Kafka client, say),
    // which then takes it before the service that was told to listen there starts.
    private static final int FIRST = 20000;
    private static final int END = 32000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port that was free a moment ago, outside the ephemeral range, never handed out twice in this JVM. */
    public static int pick() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, END);
            if (!inUse(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + END + " after 1000 tries");
    }

    /** Whether something already listens on {@code localhost:port}. */
    public static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
