package io.openecma.powershell.runtime;

/** System.Management.Automation.PSCredential with its SecureString and NetworkCredential views. */
public final class PSCredential {

    /** A SecureString; the text is held only to hand it to GetNetworkCredential(). */
    public static final class SecureString {
        private final String text;

        public SecureString(String text) {
            this.text = text;
        }

        public int getLength() {
            return text.length();
        }

        String text() {
            return text;
        }

        @Override
        public String toString() {
            return "System.Security.SecureString";
        }
    }

    /** System.Net.NetworkCredential. */
    public record NetworkCredential(String userName, String password, String domain) {
        public String getUserName() {
            return userName;
        }

        public String getPassword() {
            return password;
        }

        public String getDomain() {
            return domain;
        }
    }

    private final String userName;
    private final SecureString password;

    public PSCredential(String userName, Object password) {
        this.userName = userName;
        Object p = LanguagePrimitives.base(password);
        this.password = p instanceof SecureString s ? s : new SecureString(LanguagePrimitives.toStringValue(p));
    }

    public String getUserName() {
        return userName;
    }

    public SecureString getPassword() {
        return password;
    }

    public NetworkCredential GetNetworkCredential() {
        String user = userName;
        String domain = "";
        int slash = user.indexOf('\\');
        if (slash >= 0) {
            domain = user.substring(0, slash);
            user = user.substring(slash + 1);
        }
        return new NetworkCredential(user, password.text(), domain);
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSCredential";
    }
}
