# Get-Variable.Tests.ps1 ("Globbing Name", "include", "exclude", "ValueOnly", "pipe string", "VariableNotFound").
Set-Variable abcaVar testing
Set-Variable bcdaVar 'another test'
Set-Variable aVarfoo wow
(Get-Variable -Name *aVar* -Scope local).Name -join ','
(Get-Variable -Name newVarX, abcaVar -Include abcaVar -Exclude bogus -ErrorAction SilentlyContinue).Name
(Get-Variable -Include abcaVar, aVarfoo).Name -join ','
(Get-Variable -Name *aVar* -Exclude a*).Name
Get-Variable -Name aVarfoo -ValueOnly
('bcdaVar' | Get-Variable).Value
try { Get-Variable -Name nonexistingVariableName -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Reason
    $_.Exception.Message
}
