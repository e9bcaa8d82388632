param(
  [string]$Name = 'default-name',
  [int]$Count = 2
)
"$Name x$Count"
$PSBoundParameters.Count
