package io.openecma.ingress.edge;

import java.util.concurrent.Semaphore;

/**
 * Bounds how many requests whose token has not been verified yet may wait for the slow PBKDF2
 * comparison at once. A request beyond the bound is refused with 429 at once instead of queueing:
 * unauthenticated clients cannot occupy the worker threads valid requests need.
 */
final class AuthenticationGate {

    private final Semaphore permits;

    AuthenticationGate(int maxConcurrent) {
        this.permits = new Semaphore(Math.max(1, maxConcurrent));
    }

    boolean tryEnter() {
        return permits.tryAcquire();
    }

    void leave() {
        permits.release();
    }
}
