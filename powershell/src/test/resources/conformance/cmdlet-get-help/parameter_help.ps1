# Parameter descriptions come from .PARAMETER or from comments around the parameter; the
# metadata gives required, position, globbing, type and default value as strings.
function Set-Thing {
    <#
    .SYNOPSIS
    Sets a thing.
    .PARAMETER Name
    The thing's name.
    #>
    param(
        [Parameter(Mandatory = $true)]
        [string] $Name,

        # How many of them.
        [int] $Count = 3,

        [SupportsWildcards()]
        $Filter,

        [switch] $Force
    )
}
$h = Get-Help Set-Thing
foreach ($p in $h.parameters.parameter) {
    '{0}|{1}|{2}|{3}|{4}|{5}|{6}' -f $p.name, $p.required, $p.position, $p.globbing, $p.type.name, $p.defaultValue, $p.description.Text
}
@($h.syntax.syntaxItem).Count
$h.syntax.syntaxItem.parameter[0].parameterValue.required
