<#
.SYNOPSIS
    A script with comment-based help.
#>
#region Functions
function Get-Answer { 42 }
#endregion
Get-Answer
