function New-Names {
  $list = New-Object 'System.Collections.Generic.List[string]'
  $list.Add('a')
  return $list
}
$r = New-Names
$r.GetType().Name
function New-Empty {
  $list = New-Object 'System.Collections.Generic.List[string]'
  return $list
}
$null -eq (New-Empty)
