[bool]$flag = $false
$flag = 'yes'
