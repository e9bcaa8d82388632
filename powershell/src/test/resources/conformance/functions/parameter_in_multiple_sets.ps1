function f {
  [CmdletBinding()]
  param(
    [Parameter(ParameterSetName = 'A', Mandatory = $true)]
    [Parameter(ParameterSetName = 'B')]
    [string]$Shared,
    [Parameter(ParameterSetName = 'B', Mandatory = $true)][int]$Only
  )
  $PSCmdlet.ParameterSetName
}
f -Shared x
f -Shared x -Only 1
