# Out-File writes objects as the formatter shows them (a table here), not their ToString(); -NoOverwrite is -NoClobber's alias
$o = [pscustomobject]@{ text = 'some test text' }
$o | Out-File -FilePath out.txt
$lines = Get-Content out.txt
$lines[0] -eq ''
$lines[1]
$lines[2]
$lines[3]
Out-File -FilePath list.txt -InputObject $o, 'plain'
(Get-Content list.txt) -contains 'plain'
try { Out-File -FilePath out.txt -InputObject $o -NoOverwrite } catch { $_.FullyQualifiedErrorId }
