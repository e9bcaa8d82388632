$m = [regex]::Match('key=value', '(?<k>\w+)=(?<v>\w+)')
$m.Success
$m.Groups['v'].Value
$m.Groups[1].Value
$m.Index
([regex]'(\d)(\d)').Match('x12').Groups[2].Value
