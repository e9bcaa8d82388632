# #requires -Modules: a module that cannot be imported stops the script before it runs
# (CommandDiscovery.VerifyRequiredModules); 5.1's message names the module only.
Set-Content -Path req.ps1 -Value "#requires -Modules NoSuchModule`n'ran'"
try { & ./req.ps1 } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
    $_.Exception.Message
}
Set-Content -Path req2.ps1 -Value "#requires -Modules @{ ModuleName = 'NoSuchModule'; ModuleVersion = '1.0' }`n'ran'"
try { & ./req2.ps1 } catch { $_.Exception.Message }
