package io.openecma.ingress.api;

import jakarta.ws.rs.core.Response;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Turns a write's stage into the HTTP answer. A failed stage carries its {@code ScimException}
 * wrapped by the stages in between; it is unwrapped so that the exception mappers see it as if it
 * had been thrown by the endpoint.
 */
final class Answers {

    private Answers() {
    }

    static <T> CompletionStage<Response> of(CompletionStage<T> result, Function<T, Response> answer) {
        CompletableFuture<Response> response = new CompletableFuture<>();
        result.whenComplete((value, error) -> {
            if (error == null) {
                try {
                    response.complete(answer.apply(value));
                } catch (RuntimeException e) {
                    response.completeExceptionally(e);
                }
            } else {
                response.completeExceptionally(unwrap(error));
            }
        });
        return response;
    }

    /** Waits for a write's result (a bulk operation, which the next may depend on); its failure is rethrown as is. */
    static <T> T await(CompletionStage<T> result) {
        try {
            return result.toCompletableFuture().join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
