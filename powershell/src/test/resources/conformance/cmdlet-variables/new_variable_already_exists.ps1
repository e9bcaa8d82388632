# New-Variable.Tests.ps1 ("New-Variable variable twice should throw Exception"); SessionStateStrings.resx VariableAlreadyExists.
New-Variable foo bogus -Option ReadOnly
try { New-Variable foo bar -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Reason
    $_.Exception.Message
}
New-Variable foo bar -Force
$foo
"$((Get-Variable foo).Options)"
