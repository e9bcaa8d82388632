# LanguagePrimitives.Compare converts the right operand to the left operand's type before
# IComparable.CompareTo (PowerShell src/System.Management.Automation/engine/LanguagePrimitives.cs);
# ModuleConstraint.Tests.ps1 relies on [version] -ge 'string'. A failed conversion is ComparisonFailure.
[version]'2.3' -lt '3.0'
[version]'2.3' -ge '2.3'
[version]'2.10' -gt '2.9'
try { [version]'1.0' -lt 'abc' } catch { $_.Exception.Message -like 'Could not compare "1.0" to "abc".*' }
# LanguagePrimitives.Equals converts the same way (Get-Module.Tests.ps1: $modules.Version | Should -Contain '2.0').
[version]'2.0' -eq '2.0'
@([version]'1.1', [version]'2.0') -contains '2.0'
[version]'2.0' -eq 'not a version'
