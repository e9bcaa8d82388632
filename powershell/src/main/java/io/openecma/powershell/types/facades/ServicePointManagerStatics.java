package io.openecma.powershell.types.facades;

/** [Net.ServicePointManager]: the TLS setting scripts make is accepted and remembered; Java's HTTP client negotiates TLS itself. */
public final class ServicePointManagerStatics {
    private static volatile Object securityProtocol = SecurityProtocolType.SystemDefault;

    /** System.Net.SecurityProtocolType. */
    public enum SecurityProtocolType { SystemDefault, Ssl3, Tls, Tls11, Tls12, Tls13 }

    private ServicePointManagerStatics() {
    }

    public static Object getSecurityProtocol() {
        return securityProtocol;
    }

    public static void setSecurityProtocol(Object value) {
        securityProtocol = value;
    }
}
