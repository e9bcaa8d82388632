function f {
  [CmdletBinding(DefaultParameterSetName = 'ById')]
  param(
    [Parameter(ParameterSetName = 'ById')][int]$Id,
    [Parameter(ParameterSetName = 'ByName')][string]$Name
  )
  $PSCmdlet.ParameterSetName
}
f -Id 1
f -Name x
f
