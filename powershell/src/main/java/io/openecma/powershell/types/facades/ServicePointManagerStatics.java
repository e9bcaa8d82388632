package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.types.FlagsEnum;
import io.openecma.powershell.types.FlagsValue;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * [Net.ServicePointManager]: settings scripts make are accepted and recorded per engine; Java's HTTP
 * client negotiates TLS itself, and the web cmdlets do not consult the recorded certificate callback.
 */
public final class ServicePointManagerStatics {
    private static final Map<ExecutionContext, Settings> SETTINGS = Collections.synchronizedMap(new WeakHashMap<>());

    /** System.Net.SecurityProtocolType ([Flags], with .NET's bit values). */
    public enum SecurityProtocolType implements FlagsEnum {
        SystemDefault(0), Ssl3(48), Tls(192), Tls11(768), Tls12(3072), Tls13(12288);

        private final long bits;

        SecurityProtocolType(long bits) {
            this.bits = bits;
        }

        @Override
        public long bits() {
            return bits;
        }
    }

    /** One engine's recorded settings (5.1 defaults: Ssl3 | Tls on .NET Framework 4.5-4.6 hosts, SystemDefault on 4.7+). */
    private static final class Settings {
        Object securityProtocol = SecurityProtocolType.SystemDefault;
        Object certificateCallback;
        Object certificatePolicy;
        boolean expect100Continue = true;
        boolean checkRevocation;
        int connectionLimit = 2;
    }

    private ServicePointManagerStatics() {
    }

    private static Settings settings() {
        return SETTINGS.computeIfAbsent(ExecutionContext.current(), c -> new Settings());
    }

    public static Object getSecurityProtocol() {
        return settings().securityProtocol;
    }

    public static void setSecurityProtocol(Object value) {
        settings().securityProtocol = FlagsValue.parse(SecurityProtocolType.class, value);
    }

    /** The script block (or delegate) a script set; recorded only. */
    public static Object getServerCertificateValidationCallback() {
        return settings().certificateCallback;
    }

    public static void setServerCertificateValidationCallback(Object value) {
        settings().certificateCallback = io.openecma.powershell.runtime.LanguagePrimitives.unwrapNull(value);
    }

    /** The ICertificatePolicy object a script set (the TrustAllCertsPolicy pattern); recorded only, as the callback is. */
    public static Object getCertificatePolicy() {
        return settings().certificatePolicy;
    }

    public static void setCertificatePolicy(Object value) {
        Object v = io.openecma.powershell.runtime.LanguagePrimitives.unwrapNull(value);
        settings().certificatePolicy = v == null ? null
                : ExecutionContext.current().types().lookup("System.Net.ICertificatePolicy").convert(v);
    }

    public static boolean getExpect100Continue() {
        return settings().expect100Continue;
    }

    public static void setExpect100Continue(boolean value) {
        settings().expect100Continue = value;
    }

    public static boolean getCheckCertificateRevocationList() {
        return settings().checkRevocation;
    }

    public static void setCheckCertificateRevocationList(boolean value) {
        settings().checkRevocation = value;
    }

    public static int getDefaultConnectionLimit() {
        return settings().connectionLimit;
    }

    public static void setDefaultConnectionLimit(int value) {
        settings().connectionLimit = value;
    }
}
