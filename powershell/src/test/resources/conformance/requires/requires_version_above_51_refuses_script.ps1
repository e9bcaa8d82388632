# #requires -Version: 5.1 runs scripts that require 5.1 or less and refuses later versions
# (CommandDiscovery.VerifyPSVersion, DiscoveryExceptions.RequiresPSVersionNotCompatible).
Set-Content -Path ok.ps1 -Value "#requires -Version 5.1`n'ran 5.1'"
& ./ok.ps1
Set-Content -Path old.ps1 -Value "#requires -Version 3`n'ran 3'"
& ./old.ps1
Set-Content -Path new.ps1 -Value "#requires -Version 7.0`n'ran 7'"
try { & ./new.ps1 } catch {
    $_.FullyQualifiedErrorId
    $_.Exception -is [System.Management.Automation.ScriptRequiresException]
}
