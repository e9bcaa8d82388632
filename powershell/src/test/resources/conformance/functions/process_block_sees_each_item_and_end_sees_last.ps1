function Track {
  param([Parameter(ValueFromPipeline = $true)]$Item)
  begin { $seen = @() }
  process { $seen += $Item }
  end { "seen $($seen -join ',') last $Item" }
}
'a', 'b', 'c' | Track
