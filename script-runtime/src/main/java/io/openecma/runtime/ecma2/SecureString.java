package io.openecma.runtime.ecma2;

/**
 * System.Security.SecureString as scripts meet it ({@code $ConfigParameters['x'].SecureValue},
 * {@code $Credential.Password}): opaque to printing; the plain text is reached the .NET way,
 * through {@code PSCredential.GetNetworkCredential().Password}.
 */
public final class SecureString {

    private final char[] chars;

    public SecureString(String plain) {
        this.chars = plain == null ? new char[0] : plain.toCharArray();
    }

    public int getLength() {
        return chars.length;
    }

    /** The plain text, for the host's types only (not a .NET member). */
    String reveal() {
        return new String(chars);
    }

    @Override
    public String toString() {
        return "System.Security.SecureString";
    }
}
