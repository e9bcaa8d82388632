function f {
  [CmdletBinding()]
  param(
    [Parameter(ParameterSetName = 'A')][int]$Id,
    [Parameter(ParameterSetName = 'B')][string]$Name
  )
  $PSCmdlet.ParameterSetName
}
f -Id 1 -Name x
