$list = New-Object 'System.Collections.Generic.List[string]'
if ($list) { 'non-empty' } else { 'empty is false' }
$list.Add('')
if ($list) { 'true' } else { 'single empty string is false' }
$list.Add('x')
if ($list) { 'two elements are true' }
