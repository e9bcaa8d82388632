package io.openecma.runtime.ecma2;

import io.openecma.powershell.runtime.PSCredential.SecureString;

/**
 * Microsoft.MetadirectoryServices.ConfigParameter: one entry of {@code $ConfigParameters}. An
 * encrypted parameter has {@code IsEncrypted}, its text only in {@code SecureValue} and a null
 * {@code Value}, as in ECMA2Host.
 */
public final class ConfigParameter {

    private final String name;
    private final String value;
    private final SecureString secureValue;

    public ConfigParameter(String name, String value) {
        this(name, value, null);
    }

    private ConfigParameter(String name, String value, SecureString secureValue) {
        this.name = name;
        this.value = value;
        this.secureValue = secureValue;
    }

    public static ConfigParameter encrypted(String name, String plainText) {
        return new ConfigParameter(name, null, new SecureString(plainText));
    }

    /** The .NET constructor for an encrypted value. */
    public ConfigParameter(String name, SecureString secureValue) {
        this(name, null, secureValue);
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public SecureString getSecureValue() {
        return secureValue;
    }

    public boolean getIsEncrypted() {
        return secureValue != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
