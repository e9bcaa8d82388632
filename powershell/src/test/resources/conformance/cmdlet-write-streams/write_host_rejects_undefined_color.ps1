# A compiled cmdlet's failed parameter conversion is CannotConvertArgumentNoMessage ("Cannot bind parameter")
try { Write-Host 'x' -ForegroundColor 16 } catch { $_.FullyQualifiedErrorId }
try { Get-Date -Year 'abc' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
