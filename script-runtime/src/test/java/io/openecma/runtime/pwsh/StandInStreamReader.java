package io.openecma.runtime.pwsh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stand-in's System.IO.StreamReader: UTF-8, ReadLine() null at the end. */
public final class StandInStreamReader {

    private final BufferedReader reader;

    public StandInStreamReader(InputStream stream) {
        this.reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    public String ReadLine() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
