package io.openecma.powershell.types.facades;

import io.openecma.powershell.types.EncodingValue;

import java.nio.charset.StandardCharsets;

/** Statics of [System.Text.Encoding]. */
public final class EncodingStatics {
    private EncodingStatics() {
    }

    public static EncodingValue getUTF8() {
        return new EncodingValue(StandardCharsets.UTF_8, "utf-8");
    }

    public static EncodingValue getASCII() {
        return new EncodingValue(StandardCharsets.US_ASCII, "us-ascii");
    }

    public static EncodingValue getUnicode() {
        return new EncodingValue(StandardCharsets.UTF_16LE, "utf-16");
    }

    public static EncodingValue getBigEndianUnicode() {
        return new EncodingValue(StandardCharsets.UTF_16BE, "utf-16BE");
    }

    public static EncodingValue getDefault() {
        return new EncodingValue(java.nio.charset.Charset.forName("windows-1252"), "Windows-1252");
    }

    public static EncodingValue GetEncoding(String name) {
        return new EncodingValue(java.nio.charset.Charset.forName(name), name);
    }
}
