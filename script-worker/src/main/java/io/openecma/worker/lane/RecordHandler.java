package io.openecma.worker.lane;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Does the work one record asks for and publishes its results; the loop commits after it returns. */
public interface RecordHandler extends AutoCloseable {

    /** Throws only when the work must run again (its results were not published). */
    void handle(ConsumerRecord<String, byte[]> record);

    /** Called on the handler's thread when no record came for a poll interval. */
    default void idle() {
    }

    /** Ends whatever the handler keeps open (an export session); called on the handler's thread. */
    @Override
    void close();
}
