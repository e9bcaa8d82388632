package io.openecma.powershell.host;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates the web cmdlets accept: the JDK's trust store (as Windows' certificate
 * store decides for 5.1), plus the certificates a host adds (a private CA, or a target's self-signed
 * certificate). Certificates are always verified, host names included; there is deliberately no
 * trust-all, and {@code [Net.ServicePointManager]::ServerCertificateValidationCallback} is not consulted.
 * Holds the HTTP clients made with it, so a session reuses their connections.
 */
public final class TlsTrust {

    private static final TlsTrust JDK = new TlsTrust(null, List.of());

    private final SSLContext sslContext;
    private final List<X509Certificate> added;
    private final HttpClient following;
    private final HttpClient notFollowing;

    private TlsTrust(SSLContext sslContext, List<X509Certificate> added) {
        this.sslContext = sslContext;
        this.added = List.copyOf(added);
        this.following = builder().followRedirects(HttpClient.Redirect.NORMAL).build();
        this.notFollowing = builder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The JDK's trust store only (javax.net.ssl.trustStore when set, else its cacerts). */
    public static TlsTrust jdkDefault() {
        return JDK;
    }

    /** The JDK's trust store plus these certificates, each trusted as an anchor. */
    public static TlsTrust jdkDefaultPlus(Collection<X509Certificate> certificates) {
        if (certificates == null || certificates.isEmpty()) {
            return JDK;
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate c : jdkAnchors()) {
                store.setCertificateEntry("jdk-" + n++, c);
            }
            for (X509Certificate c : certificates) {
                store.setCertificateEntry("added-" + n++, c);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return new TlsTrust(context, new ArrayList<>(certificates));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the TLS trust store: " + e.getMessage(), e);
        }
    }

    /** The certificates added to the JDK's trust store (empty for {@link #jdkDefault()}). */
    public List<X509Certificate> addedCertificates() {
        return added;
    }

    /** An HTTP/1.1 client (as .NET Framework's HttpWebRequest speaks it) that verifies servers with this trust. */
    public HttpClient client(boolean followRedirects) {
        return followRedirects ? following : notFollowing;
    }

    /** A client of this trust that also answers server challenges with the given authenticator. */
    public HttpClient client(boolean followRedirects, java.net.Authenticator authenticator) {
        return builder().followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .authenticator(authenticator).build();
    }

    private HttpClient.Builder builder() {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        return sslContext == null ? b : b.sslContext(sslContext);
    }

    private static List<X509Certificate> jdkAnchors() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        List<X509Certificate> anchors = new ArrayList<>();
        for (javax.net.ssl.TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                anchors.addAll(List.of(x.getAcceptedIssuers()));
            }
        }
        return anchors;
    }
}
