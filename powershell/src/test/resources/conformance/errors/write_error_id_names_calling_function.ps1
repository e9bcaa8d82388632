# Write-Error gives its record the caller's $MyInvocation (Write.cs), so the FullyQualifiedErrorId
# names the function that called it (ErrorRecord.GetInvocationTypeName), not Write-Error.
function Get-Thing { Write-Error 'bad thing' }
Get-Thing 2>$null
$Error[0].FullyQualifiedErrorId
function Get-Other { Write-Error 'custom' -ErrorId MyId }
Get-Other 2>$null
$Error[0].FullyQualifiedErrorId
