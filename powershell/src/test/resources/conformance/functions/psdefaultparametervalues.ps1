function Get-Greeting {
  [CmdletBinding()]
  param([string]$Name = 'nobody')
  "hello $Name"
}
Get-Greeting
$PSDefaultParameterValues = @{ 'Get-Greeting:Name' = 'default-world' }
Get-Greeting
Get-Greeting -Name explicit
