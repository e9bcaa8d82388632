package io.openecma.ingress.api;

import io.vertx.core.http.HttpClosedException;

import java.nio.channels.ClosedChannelException;

/**
 * Failures that only mean the client went away (it closed the connection, or the edge closed it
 * after answering, e.g. 408): nobody is left to answer and nothing is wrong with the service, so
 * they are logged at DEBUG, not as errors with a stack trace.
 */
final class Disconnects {

    private Disconnects() {
    }

    static boolean isDisconnect(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException
                    || "Connection was closed".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
