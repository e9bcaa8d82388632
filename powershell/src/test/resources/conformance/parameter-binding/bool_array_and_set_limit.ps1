# A cmdlet-style function's [bool[]] takes Booleans and numbers only; a plain function's casts each
# element (ParameterBinderBase.CoerceTypeAsNeeded). A command may declare at most 32 parameter sets
# (MergedCommandParameterMetadata: ParsingTooManyParameterSets).
function Get-Strict { [CmdletBinding()] param([bool[]] $Flags) $Flags }
function Get-Loose { param([bool[]] $Flags) $Flags }
(Get-Loose 'a', '') -join ','
(Get-Strict 1, 0, $true) -join ','
try { Get-Strict 'a', 'b' } catch { $_.FullyQualifiedErrorId }
function New-Sets([int] $count) {
    $params = (1..$count | ForEach-Object { "[Parameter(ParameterSetName='s$_')]`$p$_" }) -join ', '
    [scriptblock]::Create("param($params) 'ran'")
}
& (New-Sets 32) -p1 1
try { & (New-Sets 33) -p1 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
