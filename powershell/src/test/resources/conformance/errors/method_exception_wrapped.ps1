try { [int]::Parse('x') } catch {
  $_.Exception.GetType().Name
  $_.Exception.InnerException.GetType().Name
}
