package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.nio.charset.Charset;

/** A System.Text.Encoding instance. */
public final class EncodingValue {
    private final Charset charset;
    private final String webName;

    public EncodingValue(Charset charset, String webName) {
        this.charset = charset;
        this.webName = webName;
    }

    public Charset charset() {
        return charset;
    }

    public String getWebName() {
        return webName;
    }

    public byte[] GetBytes(String s) {
        return s.getBytes(charset);
    }

    public int GetByteCount(String s) {
        return s.getBytes(charset).length;
    }

    public String GetString(Object bytes) {
        Object b = LanguagePrimitives.convertTo(bytes, Byte[].class);
        Byte[] boxed = (Byte[]) b;
        byte[] raw = new byte[boxed.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = boxed[i];
        }
        return new String(raw, charset);
    }

    @Override
    public String toString() {
        return "System.Text." + charset.name() + "Encoding";
    }
}
