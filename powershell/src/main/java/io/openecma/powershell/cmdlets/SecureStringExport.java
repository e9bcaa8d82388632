package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.PSRuntimeException;

import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text ConvertFrom-SecureString -Key writes and ConvertTo-SecureString -Key reads, as
 * PowerShell's SecureStringHelper makes it: the header {@code 76492d1116743f0423413b16050a5345},
 * then base64 of the UTF-16LE text {@code 2|<base64 IV>|<hex of AES-CBC-PKCS7(UTF-16LE secret)>}.
 * Text without the header is taken as bare hex with no IV (the version-1 form).
 */
final class SecureStringExport {
    static final String HEADER = "76492d1116743f0423413b16050a5345";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureStringExport() {
    }

    /** Thrown for a key or text AES cannot work with (.NET's CryptographicException). */
    static final class CryptographicError extends RuntimeException {
        CryptographicError(String message) {
            super(message);
        }
    }

    static String encrypt(String secret, byte[] key) {
        checkKey(key);
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        byte[] encrypted = run(Cipher.ENCRYPT_MODE, key, iv, secret.getBytes(StandardCharsets.UTF_16LE));
        String pack = "2|" + Base64.getEncoder().encodeToString(iv) + "|" + HexFormat.of().formatHex(encrypted);
        return HEADER + Base64.getEncoder().encodeToString(pack.getBytes(StandardCharsets.UTF_16LE));
    }

    static String decrypt(String text, byte[] key) {
        checkKey(key);
        String content = text;
        byte[] iv = null;
        if (text.regionMatches(true, 0, HEADER, 0, HEADER.length())) {
            try {
                String pack = new String(Base64.getDecoder().decode(text.substring(HEADER.length())), StandardCharsets.UTF_16LE);
                String[] parts = pack.split("\\|", -1);
                if (parts.length == 3) {
                    content = parts[2];
                    iv = Base64.getDecoder().decode(parts[1]);
                }
            } catch (IllegalArgumentException notBase64) {
                // Not really a version-2 package: read the whole text as before.
                content = text;
                iv = null;
            }
        }
        if (iv == null) {
            // .NET takes the Aes object's own random IV here: the first block decrypts to garbage.
            iv = new byte[16];
            RANDOM.nextBytes(iv);
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, key, iv, hexBytes(content));
        return new String(plain, StandardCharsets.UTF_16LE);
    }

    /** SecureStringHelper.ByteArrayFromString: two hex digits a byte (an odd last digit is dropped). */
    static byte[] hexBytes(String s) {
        byte[] data = new byte[s.length() / 2];
        for (int i = 0; i < data.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new PSRuntimeException("System.FormatException", "Input string was not in a correct format.");
            }
            data[i] = (byte) (hi * 16 + lo);
        }
        return data;
    }

    /** Utils.CheckKeyArg: AES takes 128, 192 or 256 bits. */
    static void checkKey(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new PSRuntimeException("System.Management.Automation.PSArgumentException",
                    "The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.")
                    .withParamName("key");
        }
    }

    private static byte[] run(int mode, byte[] key, byte[] iv, byte[] data) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return aes.doFinal(data);
        } catch (BadPaddingException e) {
            throw new CryptographicError("Padding is invalid and cannot be removed.");
        } catch (IllegalBlockSizeException e) {
            throw new CryptographicError("Length of the data to decrypt is invalid.");
        } catch (java.security.InvalidAlgorithmParameterException e) {
            throw new CryptographicError("Specified initialization vector (IV) does not match the block size for this algorithm.");
        } catch (GeneralSecurityException e) {
            throw new CryptographicError(e.getMessage());
        }
    }
}
