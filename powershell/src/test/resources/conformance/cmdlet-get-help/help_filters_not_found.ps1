# -Component, -Role and -Functionality keep only matching help; no match is HelpNotFound.
function Tool {
    # .SYNOPSIS
    #   A tool.
    # .COMPONENT
    #   Workshop
}
(Get-Help Tool -Component Work*).Synopsis
$x = Get-Help Tool -Role Nobody -ErrorAction SilentlyContinue -ErrorVariable e
$null -eq $x
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category
