function Get-Account {
  [CmdletBinding(DefaultParameterSetName = 'All')]
  param(
    [Parameter(Mandatory = $true, ParameterSetName = 'ById')][string]$Id,
    [Parameter(Mandatory = $true, ParameterSetName = 'ByMail')][string]$Mail,
    [switch]$Detailed
  )
  "$($PSCmdlet.ParameterSetName) detailed=$($Detailed.IsPresent)"
}
Get-Account -Mail a@example.com
Get-Account -Id 7 -Detailed
Get-Account
