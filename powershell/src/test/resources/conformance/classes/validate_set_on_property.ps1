# Facts from test/powershell/Language/Classes/Scripting.Classes.Attributes.Tests.ps1 (ExceptionWhenSetting)
class C1 { [ValidateSet('Present', 'Absent')][string] $Ensure }
$c = [C1]::new()
$c.Ensure = 'Absent'
$c.Ensure
$c.Ensure = 'foo'
