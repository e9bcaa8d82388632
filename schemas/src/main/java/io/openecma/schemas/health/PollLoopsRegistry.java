package io.openecma.schemas.health;

import io.openecma.schemas.events.kafka.PollLoops;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's one registry of Kafka poll loops, judged by {@link PollLoopsLiveness}. */
public class PollLoopsRegistry {

    @Produces
    @Singleton
    PollLoops pollLoops() {
        return new PollLoops();
    }
}
