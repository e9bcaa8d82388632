package io.openecma.runtime.ecma2;

/** System.Net.NetworkCredential: what {@code PSCredential.GetNetworkCredential()} returns. */
public final class NetworkCredential {

    private final String userName;
    private final String password;
    private final String domain;

    public NetworkCredential(String userName, String password, String domain) {
        this.userName = userName;
        this.password = password;
        this.domain = domain;
    }

    public String getUserName() {
        return userName;
    }

    public String getPassword() {
        return password;
    }

    public String getDomain() {
        return domain;
    }

    @Override
    public String toString() {
        return "System.Net.NetworkCredential";
    }
}
