# A ValueFromPipeline parameter is bound for each input object even when the function has no
# process block: the body (end block) sees the last one (ParameterBinding.Tests: 42 | get-foo).
function Get-Last { param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Item, [bool]$Flag) "last=$Item" }
42 | Get-Last
1, 2, 3 | Get-Last
# An input the by-value parameter cannot take goes to the by-property-name one.
function Get-Length {
    param([Parameter(ValueFromPipeline = $true)][int]$Number = 10,
          [Parameter(ValueFromPipelineByPropertyName = $true)][int]$Length = 100)
    process { $Length }
}
'abc' | Get-Length
