package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data cmdlets driven by real scripts through the engine, on temp folders and a local HTTP server. */
class DataCmdletScriptsTest {
    @TempDir
    Path root;
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/users", this::users);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Two pages joined by a Link header, like Okta's API; an unknown id is a 404 with a JSON error. */
    private void users(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        String path = ex.getRequestURI().getPath();
        String body;
        int status = 200;
        if (path.endsWith("/users/missing")) {
            status = 404;
            body = "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found: Resource not found: missing (User)\"}";
        } else if (ex.getRequestMethod().equals("POST")) {
            String sent = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            body = "{\"id\":\"new1\",\"echo\":" + sent + "}";
        } else if (query != null && query.contains("after=u2")) {
            body = "[{\"id\":\"u3\",\"profile\":{\"login\":\"cy@example.com\"}}]";
        } else {
            ex.getResponseHeaders().add("Link", "<" + base + "/api/v1/users?after=u2&limit=2>; rel=\"next\"");
            body = "[{\"id\":\"u1\",\"profile\":{\"login\":\"ann@example.com\"}},"
                    + "{\"id\":\"u2\",\"profile\":{\"login\":\"bob@example.com\"}}]";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private List<String> run(String script) {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults()
                .withFileSystemRoots(List.of(root), root)
                .withEnvironment(Map.of("TEMP", root.toString())));
        ScriptResult result = engine.execute(ScriptSource.of("test.ps1", script), Map.of("BaseUri", base));
        assertTrue(result.terminatingError().isEmpty(), () -> result.terminatingError().get().describe());
        return result.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void csvAndJsonFilesRoundTrip() {
        List<String> out = run("""
                $csv = Join-Path $env:TEMP 'users.csv'
                @(
                  [pscustomobject]@{ Id = 1; Name = 'Ann' }
                  [pscustomobject]@{ Id = 2; Name = 'Bob' }
                ) | Export-Csv -Path $csv -NoTypeInformation
                Get-Content $csv
                $rows = Import-Csv $csv
                $rows.Count
                $rows | ConvertTo-Json -Compress
                $json = Join-Path $env:TEMP 'state.json'
                @{ watermark = 'w1'; ids = @(1, 2) } | ConvertTo-Json | Set-Content -Path $json
                $state = Get-Content $json -Raw | ConvertFrom-Json
                $state.watermark
                $state.ids.Count
                """);
        assertEquals(List.of("\"Id\",\"Name\"", "\"1\",\"Ann\"", "\"2\",\"Bob\"", "2",
                "[{\"Id\":\"1\",\"Name\":\"Ann\"},{\"Id\":\"2\",\"Name\":\"Bob\"}]", "w1", "2"), out);
    }

    @Test
    void filesAndErrors() {
        List<String> out = run("""
                $dir = Join-Path $env:TEMP 'work'
                New-Item -Path $dir -ItemType Directory | Out-Null
                Test-Path $dir -PathType Container
                'a', 'b' | Out-File -FilePath (Join-Path $dir 'o.txt')
                Add-Content -Path (Join-Path $dir 'o.txt') -Value 'c' -Encoding Unicode
                (Get-Content (Join-Path $dir 'o.txt')) -join ','
                (Get-Item (Join-Path $dir 'o.txt')).Extension
                try { Get-Content (Join-Path $dir 'nope.txt') -ErrorAction Stop } catch { 'caught ' + $_.CategoryInfo.Category }
                Remove-Item $dir -Recurse
                Test-Path $dir
                """);
        assertEquals(List.of("True", "a,b,c", ".txt", "caught ObjectNotFound", "False"), out);
    }

    @Test
    void restPagingWithLinkHeadersLikeAConnectorImport() {
        List<String> out = run("""
                param($BaseUri)
                $headers = @{ Authorization = 'SSWS token'; Accept = 'application/json' }
                $uri = "$BaseUri/api/v1/users?limit=2"
                $logins = @()
                while ($uri) {
                    $page = Invoke-WebRequest -Uri $uri -Headers $headers -Method Get -UseBasicParsing
                    $users = $page.Content | ConvertFrom-Json
                    foreach ($u in $users) { $logins += $u.profile.login }
                    $uri = $null
                    if ($page.Headers['Link'] -match '<([^>]+)>; rel="next"') { $uri = $Matches[1] }
                }
                $logins -join ';'
                $all = Invoke-RestMethod -Uri "$BaseUri/api/v1/users" -Headers $headers
                $all.Count
                $all[0].profile.login
                """);
        assertEquals(List.of("ann@example.com;bob@example.com;cy@example.com", "2", "ann@example.com"), out);
    }

    @Test
    void restWritesAndHttpErrors() {
        List<String> out = run("""
                param($BaseUri)
                $body = @{ profile = @{ login = 'dee@example.com' } } | ConvertTo-Json -Compress
                $created = Invoke-RestMethod -Uri "$BaseUri/api/v1/users" -Method Post -Body $body -ContentType 'application/json'
                $created.id
                $created.echo.profile.login
                try {
                    Invoke-RestMethod -Uri "$BaseUri/api/v1/users/missing" -ErrorAction Stop
                } catch [System.Net.WebException] {
                    $_.Exception.Message
                    $_.FullyQualifiedErrorId
                }
                """);
        assertEquals(List.of("new1", "dee@example.com", "The remote server returned an error: (404) Not Found.",
                "WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"), out);
    }
}
