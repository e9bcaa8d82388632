$names = New-Object 'System.Collections.Generic.List[string]'
$names.Add('mail')
(($names.Contains('phone')) -eq $false -and ($names.Contains('mail') -eq $false))
(($names.Contains('phone')) -eq $false -and ($names.Contains('fax') -eq $false))
