# Get-Content -Delimiter in 5.1 keeps the delimiter at the end of each item (the 6.0 change that
# drops it is PR #3706); text after the last delimiter is the last item; -Tail counts those items.
Set-Content d.txt 'a,b,,c' -NoNewline
$items = Get-Content d.txt -Delimiter ','
$items.Count
$items -join '|'
(Get-Content d.txt -Delimiter ',' -Tail 2) -join '|'
(Get-Content d.txt -Delimiter ',' -TotalCount 1)
Set-Content e.txt 'Hello,llllWorlld' -NoNewline
(Get-Content e.txt -Delimiter 'll') -join '|'
(Get-Content d.txt -Delimiter ',' -Raw)
