package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.PSCredential;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The answer to a server's Basic challenge with -Credential, as .NET Framework's HttpWebRequest
 * gives it (PreAuthenticate false, its default under 5.1): a request goes out without credentials,
 * and a 401 whose WWW-Authenticate offers Basic is sent once more with
 * {@code Authorization: Basic base64(user:password)}; whatever that answers is the reply (a second
 * 401 is the script's WebException). The bytes are the system's ANSI code page, Windows-1252 on an
 * en-US server (System.Net.BasicClient encodes with Encoding.Default); text it cannot hold goes as
 * UTF-8. Done here rather than with java.net.Authenticator, which needs a client per credential
 * (no shared kept-alive connections), retries a wrong password until "too many authentication
 * attempts" and pre-authenticates later requests.
 */
final class BasicChallenge {

    private static final Pattern OFFERS_BASIC = Pattern.compile("(?i)(^|,)\\s*basic(\\s|,|$)");
    private static final Charset ANSI = Charset.forName("windows-1252");

    private BasicChallenge() {
    }

    /** The Authorization header that answers this reply, or null when it is no Basic challenge to answer. */
    static String answer(HttpResponse<?> response, PSCredential credential) {
        if (response.statusCode() != 401 || credential == null) {
            return null;
        }
        String user = credential.getUserName();
        if (user == null || user.isBlank()) {
            return null;
        }
        boolean basic = response.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(v -> OFFERS_BASIC.matcher(v.trim()).find());
        if (!basic) {
            return null;
        }
        String password = credential.GetNetworkCredential().getPassword();
        String raw = user + ":" + (password == null ? "" : password);
        CharsetEncoder ansi = ANSI.newEncoder();
        byte[] bytes = ansi.canEncode(raw) ? raw.getBytes(ANSI) : raw.getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(bytes);
    }
}
