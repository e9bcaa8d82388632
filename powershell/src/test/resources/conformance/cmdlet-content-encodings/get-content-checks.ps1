# Get-Content refuses -TotalCount with -Tail (TailAndHeadCannotCoexist), -Raw with -Tail or
# -TotalCount (the FileSystem provider's InvalidOperation) and -Tail off the FileSystem
# (TailNotSupported); each is a non-terminating error of GetContentCommand.
Set-Content -Path f.txt -Value 'a', 'b', 'c'
Get-Content -Path f.txt -Tail 1 -TotalCount 1 -ErrorVariable e1 -ErrorAction SilentlyContinue
$e1[0].FullyQualifiedErrorId
$e1[0].Exception.Message
Get-Content -Path f.txt -Tail 1 -Raw -ErrorVariable e2 -ErrorAction SilentlyContinue
$e2[0].FullyQualifiedErrorId
$e2[0].Exception.Message
$env:OPENECMA_TAIL = 'x'
Get-Content -Path env:OPENECMA_TAIL -Tail 1 -ErrorVariable e3 -ErrorAction SilentlyContinue
$e3[0].FullyQualifiedErrorId
Get-Content -Path f.txt -Tail 1
