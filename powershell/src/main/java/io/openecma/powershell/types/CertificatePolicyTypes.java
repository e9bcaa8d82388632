package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.classes.ClassReflection;

/**
 * System.Net.ICertificatePolicy, the interface connector scripts implement in Add-Type C# (the
 * TrustAllCertsPolicy pattern) to set {@code [Net.ServicePointManager]::CertificatePolicy}: a class
 * is an instance when it declares the interface.
 */
final class CertificatePolicyTypes {

    /** A certificate policy a host implements in Java (scripts implement the .NET interface in a class). */
    public interface CertificatePolicy {
    }

    static final String NAME = "System.Net.ICertificatePolicy";

    private CertificatePolicyTypes() {
    }

    static void register(TypeRegistry registry) {
        registry.add(NAME, CertificatePolicy.class, null, null, false, CertificatePolicyTypes::isPolicy,
                v -> {
                    if (v == null || isPolicy(v)) {
                        return v;
                    }
                    throw LanguagePrimitives.cannotConvert(v, NAME, null);
                }, null);
    }

    static boolean isPolicy(Object v) {
        return v instanceof CertificatePolicy || ClassReflection.declares(v, NAME);
    }
}
