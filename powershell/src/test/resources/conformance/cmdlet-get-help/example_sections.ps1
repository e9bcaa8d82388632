# ps51: 5.1 splits an example at its first '>' (prompt) and first line end (code); without a
# prompt it shows "PS C:\>". PowerShell 6.1+ changed the default prompt and 7.0 the code split.
function Show-Example {
    <#
    .EXAMPLE
    PS> Show-Example -Name foo

    Shows foo.

    .EXAMPLE
    Show-Example
    #>
    param($Name)
}
$e = (Get-Help Show-Example).examples.example
$e[0].introduction[0].Text
$e[0].code
$e[0].remarks[0].Text
$e[0].remarks.Length
$e[1].introduction[0].Text
$e[1].code
$e[1].remarks[0].Text -eq ''
