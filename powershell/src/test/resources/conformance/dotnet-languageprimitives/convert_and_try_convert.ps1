# [System.Management.Automation.LanguagePrimitives]: ConvertTo is the cast; TryConvertTo answers
# $false instead of throwing; IsTrue is PowerShell's truth rule.
$out = $null
[System.Management.Automation.LanguagePrimitives]::TryConvertTo('9995788.71', [double], [cultureinfo]::InvariantCulture, [ref]$out)
$out.GetType().Name
$out
[System.Management.Automation.LanguagePrimitives]::TryConvertTo('abc', [int], [ref]$out)
$null -eq $out
[System.Management.Automation.LanguagePrimitives]::ConvertTo('42', [int]) + 1
try { [System.Management.Automation.LanguagePrimitives]::ConvertTo('abc', [int]) } catch { $_.Exception.InnerException.GetType().Name }
[System.Management.Automation.LanguagePrimitives]::IsTrue(@(0, 0))
[System.Management.Automation.LanguagePrimitives]::IsTrue('')
