# ErrorId, category, target and exception type of the language's runtime errors (InterpreterError:
# InvalidOperation + target; CommandNotFoundException: ObjectNotFound + the name; strict-mode
# PropertyNotFoundStrict; .NET method failures: the thrown type's short name, MiscOps.cs ConvertToMethodInvocationException). None names a command.
function Show-Error([scriptblock]$Block) {
    try { & $Block } catch {
        $_.FullyQualifiedErrorId + ' | ' + $_.Exception.GetType().FullName + ' | ' + $_.CategoryInfo
        "  target=[" + $_.TargetObject + "] record=" + $_.Exception.ErrorRecord.FullyQualifiedErrorId
    }
}
Show-Error { Get-NoSuchCommandHere }
Show-Error { $null.ToString() }
Show-Error { (1).NoSuchMethod() }
Show-Error { Set-StrictMode -Version 1; $undefinedHere }
Show-Error { Set-StrictMode -Version 2; $x = 1; $x.NoSuchProperty }
Show-Error { [int]::Parse('x') }
Show-Error { $n = $null; $n[0] }
Show-Error { Write-Output -NoSuchParameter 1 }
Show-Error { Join-Path $null 'child' }
Show-Error { Write-Verbose $null }
Write-Verbose '' -Verbose
'end'
