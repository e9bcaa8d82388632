function Need {
  param([Parameter(Mandatory = $true, ValueFromPipeline = $true)][string]$Text)
  process { $Text.ToUpper() }
}
'x', 'y' | Need
