# [enum]::GetNames takes a type name as a string (it converts to [type]); System.Reflection.MemberTypes
# is a [Flags] enum, so its names joined by ',' convert back to it. An array's GetEnumerator() is an
# IEnumerator that passing it as an argument does not move.
$names = [enum]::GetNames('System.Reflection.MemberTypes')
$names -join ','
$all = [System.Reflection.MemberTypes]($names -join ',')
$all -is [System.Reflection.MemberTypes]
[int]$all
$e = (1..4).GetEnumerator()
$null = $e.MoveNext()
& { } $e
$e.Current
$null = $e.MoveNext()
$e.Current
