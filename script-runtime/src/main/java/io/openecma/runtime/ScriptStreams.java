package io.openecma.runtime;

/** Where the verbose, debug, warning and information streams of scripts and their non-terminating errors go. */
public interface ScriptStreams {

    /** {@code stream} is verbose, debug, warning, information, host or error. */
    void write(String scriptName, String stream, String text);

    static ScriptStreams discard() {
        return (script, stream, text) -> {
        };
    }
}
