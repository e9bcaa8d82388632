package io.openecma.runtime;

/** Where the verbose, debug, warning and information streams of scripts and their non-terminating errors go. */
public interface ScriptStreams {

    /** {@code stream} is verbose, debug, warning, information, host or error. */
    void write(String scriptName, String stream, String text);

    /**
     * A record with the place it was written: {@code file} is the script's own file or another one (the
     * common module), {@code line} 0 when unknown. By default an error keeps its place in the text
     * ({@code CommonModule.psm1:97: message}) and the other streams drop it; a sink that shows places
     * overrides this.
     */
    default void write(String scriptName, String stream, String text, String file, int line) {
        if (stream.equals("error") && line > 0) {
            write(scriptName, stream, ScriptPlace.of(scriptName, file, line) + ": " + text);
        } else {
            write(scriptName, stream, text);
        }
    }

    static ScriptStreams discard() {
        return (script, stream, text) -> {
        };
    }
}
