# tokenizer.cs ScanNumber: a number whose value cannot be computed is rescanned as a generic token in
# command mode (an argument), and is BadNumericConstant only in expression mode.
function Show { param($a) '{0} {1}' -f $a, $a.GetType().Name }
Show 0x07FFFFFFFFFFFFFFFF
Show 0x1FFFFFFFF
Write-Output 0x10000000000000000
$errors = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput('$x = 0x07FFFFFFFFFFFFFFFF', [ref]$null, [ref]$errors)
$errors[0].ErrorId
