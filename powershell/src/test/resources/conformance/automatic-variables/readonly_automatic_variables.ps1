# SessionState.cs InitializeFixedVariables: $PID is Constant|AllScope, $HOME ReadOnly|AllScope; assigning
# either, or $?, fails with VariableNotWritable in any scope (LanguageAndParser.TestFollowup.Tests.ps1).
(Get-Variable PID).Options.ToString()
(Get-Variable HOME).Options.ToString()
foreach ($sb in { $? = 1 }, { $HOME = 1 }, { $PID = 1 }, { [datetime]$HOME = 1 }) {
    try { & $sb; 'assigned' } catch { $_.FullyQualifiedErrorId }
}
try { $PID = 1 } catch { $_.Exception.Message }
