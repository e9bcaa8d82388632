package io.openecma.powershell;

import java.util.function.BiConsumer;

/**
 * A {@link EngineOptions#streamOutput()} that also wants to know where each record was written: the
 * file (the script's name, or the path of a module or dot-sourced file) and its line. A plain
 * {@code BiConsumer} gets the stream name and text only.
 */
public interface StreamSink extends BiConsumer<String, String> {

    /** @param file the file of the statement writing the record, "" when unknown; @param line 0 when unknown */
    void accept(String stream, String text, String file, int line);

    @Override
    default void accept(String stream, String text) {
        accept(stream, text, "", 0);
    }
}
