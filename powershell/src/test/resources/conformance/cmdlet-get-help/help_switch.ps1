# "command -?" shows the command's help instead of running it.
function Get-Answer {
    # .SYNOPSIS
    #   Returns the answer.
    'ran'
}
(Get-Answer -?).Synopsis
(Write-Output -?).Category
Write-Output '-?'
