# New-Object of the PSCustomObject type itself finds no public constructor; the [pscustomobject]
# accelerator names PSObject, which it creates (HashtableToPSCustomObjectConversion.Tests.ps1).
(New-Object pscustomobject -Property @{ a = 1 }).a
try { New-Object System.Management.Automation.PSCustomObject -Property @{ a = 1 } } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
