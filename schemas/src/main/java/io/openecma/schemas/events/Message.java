package io.openecma.schemas.events;

import java.util.UUID;

/**
 * What every Kafka message carries: the contract version it was written with, and a unique id
 * consumers record to apply a redelivered message only once.
 */
public interface Message {

    /** The contract version every message is written with now. */
    int CURRENT_VERSION = 1;

    int schemaVersion();

    UUID messageId();
}
