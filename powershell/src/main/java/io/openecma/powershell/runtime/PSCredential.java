package io.openecma.powershell.runtime;

/** System.Management.Automation.PSCredential with its SecureString and NetworkCredential views. */
public final class PSCredential {

    /**
     * A SecureString; the text is held only to hand it to GetNetworkCredential(). Scripts may build
     * one a character at a time (AppendChar, InsertAt, SetAt, RemoveAt, Clear) until MakeReadOnly.
     */
    public static final class SecureString {
        private final StringBuilder text;
        private boolean readOnly;

        public SecureString(String text) {
            this.text = new StringBuilder(text);
        }

        public int getLength() {
            return text.length();
        }

        String text() {
            return text.toString();
        }

        public void AppendChar(char c) {
            writable();
            text.append(c);
        }

        public void InsertAt(int index, char c) {
            writable();
            if (index < 0 || index > text.length()) {
                throw outOfRange("index");
            }
            text.insert(index, c);
        }

        public void SetAt(int index, char c) {
            writable();
            if (index < 0 || index >= text.length()) {
                throw outOfRange("index");
            }
            text.setCharAt(index, c);
        }

        public void RemoveAt(int index) {
            writable();
            if (index < 0 || index >= text.length()) {
                throw outOfRange("index");
            }
            text.deleteCharAt(index);
        }

        public void Clear() {
            writable();
            text.setLength(0);
        }

        public void MakeReadOnly() {
            readOnly = true;
        }

        public boolean IsReadOnly() {
            return readOnly;
        }

        /** A writable copy, as SecureString.Copy() makes even of a read-only one. */
        public SecureString Copy() {
            return new SecureString(text.toString());
        }

        public void Dispose() {
            text.setLength(0);
            readOnly = true;
        }

        private void writable() {
            if (readOnly) {
                throw new PSRuntimeException("System.InvalidOperationException", "Instance is read-only.");
            }
        }

        private static PSRuntimeException outOfRange(String name) {
            return new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: " + name)
                    .withParamName(name);
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
