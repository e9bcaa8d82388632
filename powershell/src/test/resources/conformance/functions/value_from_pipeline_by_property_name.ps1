function Show {
  param([Parameter(ValueFromPipelineByPropertyName = $true)][string]$Name)
  process { "name=$Name" }
}
[pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' } | Show
