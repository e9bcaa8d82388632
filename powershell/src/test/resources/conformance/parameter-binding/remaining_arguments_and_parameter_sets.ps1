# ValueFromRemainingArguments collects what no parameter takes, an unknown -name as its text; positional
# arguments go only to parameters of a set the named ones leave possible, the default set first
# (CmdletParameterBinderController.BindPositionalParameters).
function Get-Rest {
    param([Parameter(Position = 1)] $a, [Parameter(ValueFromRemainingArguments = $true)] $rest)
    "a=$a rest=$($rest -join ',')"
}
Get-Rest a b c d
Get-Rest a b -a c d
Get-Rest a b -a c -q d
function Get-Set {
    [CmdletBinding(DefaultParameterSetName = 'two')]
    param([Parameter(ParameterSetName = 'one', Position = 1)] $a,
          [Parameter(ParameterSetName = 'two', Position = 1)] $b,
          [Parameter(ValueFromRemainingArguments = $true)] $rest)
    "$($PSCmdlet.ParameterSetName) a=$a b=$b rest=$($rest -join ',')"
}
Get-Set x y z
Get-Set -a x y z
try { Get-Set -a x -b y z } catch { $_.FullyQualifiedErrorId }
