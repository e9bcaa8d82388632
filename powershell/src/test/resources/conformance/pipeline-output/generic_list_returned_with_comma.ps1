function New-Names {
  $list = New-Object 'System.Collections.Generic.List[string]'
  $list.Add('a')
  return , $list
}
$r = New-Names
$r.GetType().Name
$r.Count
