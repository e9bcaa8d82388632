package io.openecma.runtime.ecma2;

/**
 * System.Management.Automation.PSCredential: the connector account bound as {@code $Credential}
 * or {@code $PSCredential}. A DOMAIN-backslash-user name splits into domain and user for
 * {@link #GetNetworkCredential()}, as in .NET.
 */
public final class PSCredential {

    private final String userName;
    private final SecureString password;

    public PSCredential(String userName, SecureString password) {
        this.userName = userName;
        this.password = password == null ? new SecureString("") : password;
    }

    public String getUserName() {
        return userName;
    }

    public SecureString getPassword() {
        return password;
    }

    public NetworkCredential GetNetworkCredential() {
        String user = userName == null ? "" : userName;
        int slash = user.indexOf('\\');
        if (slash >= 0) {
            return new NetworkCredential(user.substring(slash + 1), password.reveal(), user.substring(0, slash));
        }
        return new NetworkCredential(user, password.reveal(), "");
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSCredential";
    }
}
