package io.openecma.ingress.api;

import io.openecma.schemas.events.kafka.PollLoops;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The ingress's one registry of Kafka poll loops, judged by {@link PollLoopsLiveness}. */
public class PollLoopsRegistry {

    @Produces
    @Singleton
    PollLoops pollLoops() {
        return new PollLoops();
    }
}
