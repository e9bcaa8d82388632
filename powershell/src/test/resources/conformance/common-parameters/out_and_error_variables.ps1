# Facts from PowerShell's test/powershell/Language/Scripting/OutErrorVariable.Tests.ps1
# (MshCommandRuntime.SetupVariable, Pipe.AddVariableList).
function get-foo3 { [CmdletBinding()] param() "foo-output-0"; Write-Output "foo-output-1"; Write-Error "foo-error" }
function get-bar2 {
    [CmdletBinding()] param()
    "bar-output-0"
    Write-Error "bar-error"
    get-foo3 -OutVariable script:foo_out -ErrorVariable script:foo_err
}
get-bar2 -OutVariable bar_out -ErrorVariable bar_err 2> $null > $null
$foo_out -join '|'
$foo_err | ForEach-Object { $_.ToString() }
$bar_out -join '|'
($bar_err | ForEach-Object { $_.ToString() }) -join '|'
$bar_out.GetType().FullName
# +name appends to the variable's value
$a = 'a', 'b'
get-foo3 -ov +a -ev +e 2> $null > $null
$a -join '|'
# a caught exception goes to the error variable too
function get-foo4 { [CmdletBinding()] param() Write-Error "foo-error"; try { throw "foo-exception" } catch {} }
get-foo4 -ErrorVariable err 2> $null
($err | ForEach-Object { $_.ToString() }) -join '|'
# $PSCmdlet.WriteObject reaches the output variable
function get-foo2 { [CmdletBinding()] param() $PSCmdlet.WriteObject("foo") }
get-foo2 -OutVariable o > $null
$o
# only the last command of a nested pipeline writes to the function's pipe
function get-foo6 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $i) Write-Error "foo-error"; Write-Output $i }
function get-bar4 { [CmdletBinding()] param() Write-Error "bar-error"; get-foo6 "x" | get-foo6 }
get-bar4 -ErrorVariable bar_err 2>&1 > $null
($bar_err | ForEach-Object { $_.ToString() }) -join '|'
