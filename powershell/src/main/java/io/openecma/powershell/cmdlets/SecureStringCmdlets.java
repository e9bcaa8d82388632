package io.openecma.powershell.cmdlets;

import io.openecma.powershell.host.DataProtection;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * ConvertTo-SecureString and ConvertFrom-SecureString (Microsoft.PowerShell.Security's
 * SecureStringCommands). With -Key or -SecureKey the text is 5.1's AES format
 * ({@link SecureStringExport}), readable by Windows PowerShell with the same key; without one it
 * is what DPAPI gives on Windows, here the host's data protection (the one Export-Clixml uses),
 * in hex. -AsPlainText takes the text as it is.
 */
public final class SecureStringCmdlets {
    private SecureStringCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("ConvertTo-SecureString", () -> SecureStringCmdlets::convertTo,
                ParameterSpec.positional("String", "string", 0).fromPipeline(PipelineInput.BY_VALUE).asMandatory(),
                ParameterSpec.switchParameter("AsPlainText"), ParameterSpec.switchParameter("Force"),
                ParameterSpec.positional("Key", "byte[]", 1), ParameterSpec.named("SecureKey", "securestring")));
        r.register(CmdletDefinition.of("ConvertFrom-SecureString", () -> SecureStringCmdlets::convertFrom,
                ParameterSpec.positional("SecureString", "securestring", 0).fromPipeline(PipelineInput.BY_VALUE).asMandatory(),
                ParameterSpec.positional("Key", "byte[]", 1), ParameterSpec.named("SecureKey", "securestring")));
    }

    private static void convertTo(CommandContext c) {
        String text = LanguagePrimitives.toStringValue(c.parameter("String"));
        if (c.switchPresent("AsPlainText")) {
            if (c.isBound("Key") || c.isBound("SecureKey")) {
                throw ambiguous(c);
            }
            c.writeObject(new PSCredential.SecureString(text));
            return;
        }
        if (text.isEmpty()) {
            throw c.terminatingError("System.Management.Automation.PSArgumentNullException",
                    "Cannot process argument because the value of argument \"String\" is null. Change the value of argument \"String\" to a non-null value.",
                    "ArgumentNull", "InvalidArgument");
        }
        try {
            byte[] key = key(c);
            c.writeObject(new PSCredential.SecureString(key != null ? SecureStringExport.decrypt(text, key) : unprotect(text)));
        } catch (SecureStringExport.CryptographicError | DataProtection.WrongKeyException e) {
            c.writeError("System.Security.Cryptography.CryptographicException",
                    e instanceof DataProtection.WrongKeyException ? "Key not valid for use in specified state." : e.getMessage(),
                    "ImportSecureString_InvalidArgument_CryptographicError", "InvalidArgument", null);
        } catch (PSRuntimeException e) {
            if (!e.typeName().endsWith("ArgumentException")) {
                throw e;
            }
            c.writeError(e.typeName(), e.getMessage(), "ImportSecureString_InvalidArgument", "InvalidArgument", null);
        }
    }

    private static void convertFrom(CommandContext c) {
        Object value = LanguagePrimitives.base(c.parameter("SecureString"));
        if (!(value instanceof PSCredential.SecureString secure)) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Cannot bind parameter 'SecureString'. Cannot convert the \"" + LanguagePrimitives.toStringValue(value)
                            + "\" value of type \"" + io.openecma.powershell.types.TypeRegistry.typeNameOf(value)
                            + "\" to type \"System.Security.SecureString\".", "CannotConvertArgumentNoMessage", "InvalidArgument");
        }
        String secret = new PSCredential("x", secure).GetNetworkCredential().password();
        byte[] key;
        try {
            key = key(c);
            if (key != null) {
                SecureStringExport.checkKey(key);
            }
        } catch (PSRuntimeException e) {
            throw c.terminatingError(e.typeName(), e.getMessage(), "Argument", "InvalidArgument");
        }
        if (key != null) {
            c.writeObject(SecureStringExport.encrypt(secret, key));
            return;
        }
        c.writeObject(HexFormat.of().formatHex(protection().protect(secret.getBytes(StandardCharsets.UTF_16LE))));
    }

    /** -Key as bytes, or -SecureKey's UTF-16LE text (SecureStringHelper.GetData); null for neither. */
    private static byte[] key(CommandContext c) {
        if (c.isBound("Key") && c.isBound("SecureKey")) {
            throw ambiguous(c);
        }
        if (c.isBound("SecureKey")) {
            Object k = LanguagePrimitives.base(c.parameter("SecureKey"));
            return new PSCredential("x", k).GetNetworkCredential().password().getBytes(StandardCharsets.UTF_16LE);
        }
        if (!c.isBound("Key")) {
            return null;
        }
        List<Object> items = LanguagePrimitives.toList(c.parameter("Key"));
        byte[] key = new byte[items.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) LanguagePrimitives.toNumber(LanguagePrimitives.base(items.get(i))).intValue();
        }
        return key;
    }

    private static String unprotect(String hex) {
        return new String(protection().unprotect(SecureStringExport.hexBytes(hex)), StandardCharsets.UTF_16LE);
    }

    /** DPAPI's stand-in: the host's data protection; without one there is no key to protect with. */
    private static DataProtection protection() {
        DataProtection p = ExecutionContext.current().options().dataProtection();
        if (p == null) {
            throw new PSRuntimeException("System.Security.Cryptography.CryptographicException",
                    "A SecureString cannot be protected without -Key or -SecureKey: the host supplied no data protection key.");
        }
        return p;
    }

    private static PSRuntimeException ambiguous(CommandContext c) {
        return c.terminatingError("System.Management.Automation.ParameterBindingException",
                "Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet", "InvalidArgument");
    }
}
