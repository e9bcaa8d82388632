# TryCatch.Tests.ps1 "throw; outside catch threw wrong object": a bare throw rethrows only when it
# is written inside a catch block (ThrowStatementAst.IsRethrow); elsewhere, even in a function
# called from a catch, it throws ScriptHalted.
function foo {
    trap [System.Management.Automation.RuntimeException] { return "test passed" }
    trap { return "test failed" }
    throw
}
try { 1 / 0 } catch { foo }
try {
    try { 1 / 0 } catch { & { throw } }
} catch {
    $_.Exception.Message
}
try { throw } catch { $_.Exception.Message }
