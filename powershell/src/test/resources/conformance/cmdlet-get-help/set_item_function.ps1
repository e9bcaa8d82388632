# Set-Item on the Function drive defines a function from a script block, help comments included.
Set-Item function:Get-Greeting -Value {
    # .SYNOPSIS
    #   Greets.
    param($Name)
    "Hello $Name"
}
Get-Greeting World
(Get-Help Get-Greeting).Synopsis
