package io.openecma.powershell.conformance;

import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.conformance.ecma.Ecma;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the connector-shaped Password script: success is silent, a rejected password ends the
 * script with the ECMA2 password exception the host maps to its error codes.
 */
@Tag("conformance")
class PasswordScriptTest {

    @TempDir
    Path maData;

    private ConnectorHost host;

    @BeforeEach
    void host() throws IOException {
        host = new ConnectorHost(maData);
    }

    @Test
    void acceptedPasswordIsRecordedAndWritesNothing() throws IOException {
        ScriptResult result = host.run("Password.ps1", args("SetPassword", null, "Long-enough-1"));

        assertEquals(0, result.output().size(), () -> "unexpected output " + result.output());
        assertTrue(host.log().contains("SetPassword for E100 (CN=E100,OBJECT=PERSON), 13 characters"), host::logOrEmpty);
    }

    @Test
    void shortPasswordEndsTheScriptWithPasswordPolicyViolationException() throws IOException {
        ScriptError error = failure(args("SetPassword", null, "short"));

        assertEquals("Microsoft.MetadirectoryServices.PasswordPolicyViolationException", error.exceptionTypeName());
        assertTrue(error.message().contains("The password for E100 is shorter than 8 characters"), error.message());
    }

    @Test
    void unchangedPasswordEndsTheScriptWithPasswordIllFormedException() throws IOException {
        ScriptError error = failure(args("ChangePassword", "Same-password-1", "Same-password-1"));

        assertEquals("Microsoft.MetadirectoryServices.PasswordIllFormedException", error.exceptionTypeName());
        assertTrue(error.message().contains("equals the old one"), error.message());
    }

    private ScriptError failure(Map<String, Object> args) throws IOException {
        ScriptResult result = host.engine.execute(ScriptSource.of("Password.ps1", ConnectorHost.resource("Password.ps1")), args);
        return result.terminatingError().orElseThrow(() -> new AssertionError("the script did not fail; output " + result.output()));
    }

    private static Map<String, Object> args(String operation, String oldPassword, String newPassword) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("ConfigParameters", Ecma.ConfigParameterCollection.of(
                "Common Module Script Name (with extension)", ConnectorHost.COMMON_MODULE));
        args.put("CSEntry", new Ecma.CSEntry("CN=E100,OBJECT=PERSON", "person", Map.of("EmployeeId", "E100")));
        args.put("OperationType", operation);
        if (oldPassword != null) {
            args.put("OldPassword", oldPassword);
        }
        args.put("NewPassword", newPassword);
        return args;
    }
}
