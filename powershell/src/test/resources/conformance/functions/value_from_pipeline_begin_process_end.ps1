function Sum {
  param([Parameter(ValueFromPipeline = $true)][int]$Value)
  begin { $total = 0; 'begin' }
  process { $total += $Value }
  end { "total $total" }
}
1..4 | Sum
