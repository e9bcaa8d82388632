# ParameterBinding.Tests' -ErrorId expectations: FullyQualifiedErrorId is "<ErrorId>,<function name>",
# the exception a ParameterBindingException (Validation subclass for argument checks), the category
# InvalidArgument/InvalidData with the command as activity. Texts: ParameterBinderStrings.resx.
function get-foo { param([Parameter(mandatory = $true)] $a) $a }
function get-str { param([Parameter(mandatory = $true)][string] $a) $a }
function get-arr { param([Parameter(mandatory = $true)][string[]] $a) $a }
function get-adv { [CmdletBinding()] param($a) $a }
function get-sets {
    param([Parameter(parametersetname = 'set1', position = 1)] $a,
          [Parameter(parametersetname = 'set2', position = 1)] $b,
          [parameter(valuefromremainingarguments = $true)] $foo)
    $foo
}
function Show-Error([scriptblock]$Block) {
    try { & $Block } catch {
        $_.FullyQualifiedErrorId
        "  " + $_.Exception.GetType().Name + ' / ' + $_.CategoryInfo
        "  " + $_.Exception.Message
        "  is ParameterBindingException: " + ($_.Exception -is [System.Management.Automation.ParameterBindingException])
    }
}
Show-Error { get-foo -a $null }
Show-Error { get-str -a '' }
Show-Error { get-arr -a @() }
Show-Error { get-arr -a 'x', $null }
Show-Error { get-adv -b 1 }
Show-Error { get-adv 1 2 }
Show-Error { get-sets -a a -b b c d }
Show-Error { get-foo }
function get-allowed {
    param([Parameter(mandatory = $true)][allownull()] $a,
          [Parameter(mandatory = $true)][allowemptystring()][string] $b,
          [Parameter(mandatory = $true)][allowemptycollection()][string[]] $c)
    'allowed'
}
get-allowed -a $null -b '' -c @()
get-foo -a ''
