$template = New-Object -TypeName System.Object
foreach ($name in 'first', 'second') {
  $template | Add-Member -MemberType NoteProperty -Name $name -Value $null
}
$template.first = 'x'
$template.PSObject.Properties.Name -join ','
$template.first
