package io.openecma.powershell.types.crypto;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.security.SecureRandom;

/**
 * System.Security.Cryptography.RNGCryptoServiceProvider / RandomNumberGenerator.Create(): GetBytes
 * fills the script's own byte array in place.
 */
public final class RandomNumberGeneratorValue {
    private final SecureRandom random = new SecureRandom();

    public static RandomNumberGeneratorValue Create() {
        return new RandomNumberGeneratorValue();
    }

    public void GetBytes(Object data) {
        fill(data, false);
    }

    public void GetNonZeroBytes(Object data) {
        fill(data, true);
    }

    private void fill(Object data, boolean nonZero) {
        Object b = LanguagePrimitives.base(data);
        if (b == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: data")
                    .withParamName("data");
        }
        if (b instanceof Byte[] boxed) {
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = next(nonZero);
            }
        } else if (b instanceof byte[] raw) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = next(nonZero);
            }
        } else {
            throw new PSRuntimeException("System.Management.Automation.MethodException",
                    "Cannot convert argument \"data\", with value: \"" + LanguagePrimitives.toStringValue(b)
                            + "\", for \"GetBytes\" to type \"System.Byte[]\".");
        }
    }

    private byte next(boolean nonZero) {
        int v;
        do {
            v = random.nextInt(256);
        } while (nonZero && v == 0);
        return (byte) v;
    }

    public void Dispose() {
    }

    @Override
    public String toString() {
        return "System.Security.Cryptography.RNGCryptoServiceProvider";
    }
}
