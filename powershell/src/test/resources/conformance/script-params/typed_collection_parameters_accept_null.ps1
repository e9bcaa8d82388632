param(
  [System.Collections.Generic.IList[string]]
  $Items,
  [pscredential]
  $Credential
)
$null -eq $Items
$null -eq $Credential
