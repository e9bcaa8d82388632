# Get-ChildItem: with -Recurse (or -Depth) a wildcard leaf filters names at every level (dir x\*.txt -Recurse);
# -Depth implies -Recurse, so -Include works with it; -Filter follows Windows' FindFirstFile rules
# (a trailing .* also matches names without an extension, a trailing . only those).
$null = New-Item -ItemType Directory root/d1/d2
'x' | Set-Content root/top.txt, root/d1/mid.txt, root/d1/d2/low.txt, root/d1/d2/low.log, root/noext
(Get-ChildItem root/*.txt -Recurse).Name -join ','
(Get-ChildItem root/* -Recurse -Directory).Name -join ','
(Get-ChildItem root/d1/m* -Recurse -File).Name -join ','
(Get-ChildItem root -Depth 0 -Include *).Count
(Get-ChildItem root -Depth 1 -Include *.txt).Name -join ','
(Get-ChildItem root -File -Filter noe*.*).Name
(Get-ChildItem root -Filter *.).Name -join ','
