package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.JsonText;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Invoke-RestMethod and Invoke-WebRequest on java.net.http.HttpClient, as in 5.1: JSON replies
 * become objects like ConvertFrom-Json's (a JSON array is one output object), XML replies XML
 * documents, anything else text; a reply outside 2xx is a terminating System.Net.WebException
 * "The remote server returned an error: (404) Not Found." ({@link WebCmdletException}, whose
 * Response carries StatusCode and the reply body as Content). -Credential is answered only
 * to a server challenge (no pre-emptive Basic header), like .NET's HttpWebRequest
 * ({@link BasicChallenge}). Connections are kept alive and reused across calls, as 5.1 does
 * unless -DisableKeepAlive. Text without a charset in Content-Type is decoded as ISO-8859-1
 * (5.1's default).
 */
final class WebCmdlets {
    private static final long POLL_MS = 50;

    private WebCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Invoke-RestMethod", () -> new Invoke(true), parameters()).withAliases("irm"),
                CmdletDefinition.of("Invoke-WebRequest", () -> new Invoke(false), parameters())
                        .withAliases("iwr", "curl", "wget"));
    }

    private static ParameterSpec[] parameters() {
        return new ParameterSpec[] {
            ParameterSpec.positional("Uri", "string", 0).asMandatory(),
            ParameterSpec.named("Method", "string"),
            ParameterSpec.named("Headers", "object"),
            ParameterSpec.named("Body", "object").fromPipeline(PipelineInput.BY_VALUE),
            ParameterSpec.named("ContentType", "string"),
            ParameterSpec.named("Credential", "object"),
            ParameterSpec.named("TimeoutSec", "int"),
            ParameterSpec.named("UserAgent", "string"),
            ParameterSpec.named("MaximumRedirection", "int"),
            ParameterSpec.named("OutFile", "string"),
            ParameterSpec.switchParameter("PassThru"),
            ParameterSpec.switchParameter("UseBasicParsing"),
            ParameterSpec.switchParameter("UseDefaultCredentials"),
            ParameterSpec.switchParameter("DisableKeepAlive")};
    }

    static final class Invoke implements Cmdlet {
        private final boolean rest;

        Invoke(boolean rest) {
            this.rest = rest;
        }

        @Override
        public void process(CommandContext ctx) {
            WebRequestSpec spec = WebRequestSpec.from(ctx);
            HostAllowList.check(spec.uri());
            ctx.writeVerbose(spec.method() + " " + spec.uri() + " with " + (spec.body() == null ? 0
                    : spec.body().length) + "-byte payload");
            HttpResponse<byte[]> response = send(ctx, spec);
            HostAllowList.check(response.uri());
            byte[] body = response.body() == null ? new byte[0] : response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            ctx.writeVerbose("received " + body.length + "-byte response of content type " + contentType);
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                throw httpError(ctx, spec, response, body, contentType);
            }
            String outFile = CmdletArguments.string(ctx, "OutFile");
            if (outFile != null) {
                Path target = ScriptPaths.resolve(ctx, outFile);
                try {
                    Files.write(target, body);
                } catch (java.io.IOException e) {
                    throw FileText.ioError(e, target);
                }
                if (!ctx.switchPresent("PassThru")) {
                    return;
                }
            }
            if (rest) {
                Object result = restResult(ctx, body, contentType);
                if (result != null) {
                    ctx.writeObject(result);
                }
            } else {
                ctx.writeObject(webResponse(response, body, contentType));
            }
        }

        /** One shared client per trust and redirect rule, so calls reuse kept-alive connections. */
        private static HttpResponse<byte[]> send(CommandContext ctx, WebRequestSpec spec) {
            HttpClient client = client(spec);
            HttpResponse<byte[]> response = await(ctx, spec, client.sendAsync(spec.toHttpRequest(),
                    HttpResponse.BodyHandlers.ofByteArray()));
            String authorization = BasicChallenge.answer(response, spec.credential());
            if (authorization == null) {
                return response;
            }
            // the challenge came from where the redirects led; the answer goes there only
            return await(ctx, spec, client.sendAsync(spec.toHttpRequest(response.uri(), authorization),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }

        private static HttpResponse<byte[]> await(CommandContext ctx, WebRequestSpec spec,
                CompletableFuture<HttpResponse<byte[]>> future) {
            try {
                while (true) {
                    try {
                        ctx.checkCancelled();
                    } catch (RuntimeException stop) {
                        future.cancel(true);
                        throw stop;
                    }
                    try {
                        return future.get(POLL_MS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException stillWaiting) {
                        // poll cancellation again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                throw webException(ctx, spec, "The request was aborted: The request was canceled.", "RequestCanceled");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof HttpTimeoutException) {
                    throw webException(ctx, spec, "The operation has timed out.", "Timeout");
                }
                if (cause instanceof ConnectException) {
                    throw webException(ctx, spec, "Unable to connect to the remote server", "ConnectFailure");
                }
                if (TlsFailure.of(cause) != null) {
                    throw tlsFailure(ctx, spec, TlsFailure.of(cause));
                }
                throw webException(ctx, spec, "The underlying connection was closed: " + cause.getMessage(),
                        "ConnectionClosed");
            }
        }

        /** Clients come from the engine's TLS trust (the host's setting), never from a script's callback. */
        private static HttpClient client(WebRequestSpec spec) {
            io.openecma.powershell.runtime.ExecutionContext engine =
                    io.openecma.powershell.runtime.ExecutionContext.currentOrNull();
            io.openecma.powershell.host.TlsTrust trust = engine == null
                    ? io.openecma.powershell.host.TlsTrust.jdkDefault() : engine.tlsTrust();
            return trust.client(spec.maximumRedirection() > 0);
        }

        /**
         * 5.1's WebException for a failed TLS handshake, and a warning saying why: the certificate is
         * checked against the JDK's trust store and the host's added certificates only.
         */
        private static PSRuntimeException tlsFailure(CommandContext ctx, WebRequestSpec spec, TlsFailure failure) {
            if (failure.trust()) {
                ctx.writeWarning("The server certificate of " + spec.uri().getHost() + " is not trusted ("
                        + failure.detail() + "). openecma checks it against the JDK's trust store and the connector's "
                        + "tls.trustedCertificates; [Net.ServicePointManager]::ServerCertificateValidationCallback is "
                        + "not consulted (docs/migrating-from-ecma2host.md, REST connectors).");
                return webException(ctx, spec, "The underlying connection was closed: Could not establish trust "
                        + "relationship for the SSL/TLS secure channel.", "TrustFailure");
            }
            ctx.writeWarning("The TLS handshake with " + spec.uri().getHost() + " failed: " + failure.detail());
            return webException(ctx, spec, "The request was aborted: Could not create SSL/TLS secure channel.",
                    "SecureChannelFailure");
        }

        private static PSRuntimeException webException(CommandContext ctx, WebRequestSpec spec, String message,
                String status) {
            return raise(ctx, spec, new WebCmdletException(message, status, null));
        }

        private static PSRuntimeException raise(CommandContext ctx, WebRequestSpec spec, WebCmdletException e) {
            new ErrorRecord(e, "WebCmdletWebResponseException," + WebRequestSpec.commandClass(ctx),
                    "InvalidOperation", spec.uri().toString(), null);
            return e;
        }

        private static PSRuntimeException httpError(CommandContext ctx, WebRequestSpec spec,
                HttpResponse<byte[]> response, byte[] body, String contentType) {
            int status = response.statusCode();
            String message = "The remote server returned an error: (" + status + ") " + HttpStatusText.of(status)
                    + ".";
            PSObject r = new PSObject();
            r.addNoteProperty("StatusCode", io.openecma.powershell.types.HttpStatusCode.of(status));
            r.addNoteProperty("StatusDescription", HttpStatusText.of(status));
            r.addNoteProperty("Headers", headers(response));
            r.addNoteProperty("ResponseUri", response.uri().toString());
            r.addNoteProperty("Method", spec.method());
            r.addNoteProperty("ContentType", contentType);
            r.addNoteProperty("ContentLength", (long) body.length);
            String content = text(body, contentType);
            r.addNoteProperty("Content", content);
            PSRuntimeException e = raise(ctx, spec, new WebCmdletException(message, "ProtocolError", r));
            if (content != null && !content.isEmpty()) {
                // 5.1: the reply body of an HTTP error is in $_.ErrorDetails.Message.
                e.errorRecord().setErrorDetails(new ErrorRecord.ErrorDetails(content));
            }
            return e;
        }

        private static PSHashtable headers(HttpResponse<?> response) {
            PSHashtable h = new PSHashtable(true);
            for (Map.Entry<String, List<String>> e : response.headers().map().entrySet()) {
                if (!e.getKey().startsWith(":")) {
                    h.put(canonical(e.getKey()), String.join(", ", e.getValue()));
                }
            }
            return h;
        }

        /** HTTP/2 and Java lower-case header names; .NET shows them as sent, e.g. Content-Type. */
        private static String canonical(String name) {
            StringBuilder sb = new StringBuilder(name.length());
            boolean upper = true;
            for (char c : name.toCharArray()) {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = c == '-';
            }
            return sb.toString();
        }

        private static String text(byte[] body, String contentType) {
            Charset charset = WebRequestSpec.charsetOf(contentType, StandardCharsets.ISO_8859_1);
            if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
                return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            }
            return new String(body, charset);
        }

        private static Object restResult(CommandContext ctx, byte[] body, String contentType) {
            if (body.length == 0) {
                return null;
            }
            String text = text(body, contentType);
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.contains("json") || type.contains("javascript")) {
                return JsonCmdlets.toPowerShell(ctx, parseJson(ctx, text));
            }
            if (type.contains("xml")) {
                return xml(text);
            }
            try {
                return JsonCmdlets.toPowerShell(ctx, JsonText.parse(text));
            } catch (JsonText.JsonSyntaxException notJson) {
                Object doc = text.stripLeading().startsWith("<") ? tryXml(text) : null;
                return doc != null ? doc : text;
            }
        }

        private static Object parseJson(CommandContext ctx, String text) {
            try {
                return JsonText.parse(text);
            } catch (JsonText.JsonSyntaxException e) {
                throw ctx.terminatingError("System.ArgumentException", e.getMessage(),
                        "System.ArgumentException," + "Microsoft.PowerShell.Commands.InvokeRestMethodCommand",
                        "ParserError");
            }
        }

        private static Object tryXml(String text) {
            try {
                return xml(text);
            } catch (RuntimeException notXml) {
                return null;
            }
        }

        private static Object xml(String text) {
            return io.openecma.powershell.xml.XmlDom.parse(text);
        }

        private static PSObject webResponse(HttpResponse<byte[]> response, byte[] body, String contentType) {
            int status = response.statusCode();
            String content = text(body, contentType);
            PSHashtable headers = headers(response);
            StringBuilder raw = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                    .append(HttpStatusText.of(status)).append("\r\n");
            headers.forEach((k, v) -> raw.append(k).append(": ").append(v).append("\r\n"));
            raw.append("\r\n").append(content);
            PSObject o = new PSObject();
            o.typeNames().clear();
            o.typeNames().add("Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject");
            o.typeNames().add("Microsoft.PowerShell.Commands.WebResponseObject");
            o.typeNames().add("System.Object");
            o.addNoteProperty("StatusCode", status);
            o.addNoteProperty("StatusDescription", HttpStatusText.of(status));
            o.addNoteProperty("Content", content);
            o.addNoteProperty("RawContent", raw.toString());
            o.addNoteProperty("Headers", headers);
            o.addNoteProperty("RawContentLength", (long) body.length);
            o.addNoteProperty("Links", new Object[0]);
            return o;
        }
    }
}
