function Show {
  param(
    [Parameter(ValueFromPipeline = $true)][int]$Number,
    [Parameter(ValueFromPipelineByPropertyName = $true)][string]$Label = 'none'
  )
  process { "$Number/$Label" }
}
1, 2 | Show
[pscustomobject]@{ Label = 'L' } | Show -Number 9
