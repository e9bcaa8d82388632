function Get-MyName { $MyInvocation.MyCommand.Name }
Get-MyName
