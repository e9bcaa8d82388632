$m = [regex]::Match('ab-12', '(?<word>[a-z]+)-(?<num>\d+)')
$m.Groups[1].Value
$m.Groups[2].Value
$m.Groups['num'].Value
$m.Groups.Count
'ab-12' -match '(?<word>[a-z]+)-(\d+)'
$Matches[1]
$Matches.word
$m2 = [regex]::Match('ab-12', '(?<word>[a-z]+)-(\d+)')
$m2.Groups[1].Value
$m2.Groups[2].Value
