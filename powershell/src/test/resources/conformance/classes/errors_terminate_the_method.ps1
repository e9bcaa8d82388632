# Facts from test/powershell/Language/Classes/Scripting.Classes.Exceptions.Tests.ps1
$log = [System.Collections.ArrayList]::new()
class C {
    static [void] Run([System.Collections.ArrayList] $log) { $log.Add('before'); 1 / 0; $log.Add('after') }
}
try { [C]::Run($log) } catch { 'caught' }
$log -join ','
