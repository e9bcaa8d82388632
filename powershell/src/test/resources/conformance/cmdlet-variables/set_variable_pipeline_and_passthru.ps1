# Set-Variable.Tests.ps1 / New-Variable.Tests.ps1: pipeline values, -PassThru, -Description; Remove-Variable with wildcards.
1, 2 | Set-Variable arr
$arr.Count
'one' | Set-Variable single
$single
'value' | New-Variable -Name piped
$piped
$in = Set-Variable -Name testVar -Value 'test' -Description 'test description' -PassThru
$in.Description
$in.Value
New-Variable tmpvar1 -Value 'tempvalue'
New-Variable tmpvar2 -Value 2
New-Variable tmpmyvar1 -Value 234
Remove-Variable -Name tmp* -Exclude *my*
(Get-Variable tmp*).Name -join ','
$r = Clear-Variable tmpmyvar1 -PassThru
$r.Name
$null -eq $tmpmyvar1
