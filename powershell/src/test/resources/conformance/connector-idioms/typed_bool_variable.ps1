[bool]$objectHasAttributes = $false
if (-not $objectHasAttributes) { 'none yet' }
$objectHasAttributes = 1
$objectHasAttributes
