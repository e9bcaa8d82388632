# A class's properties are what Format-Table and Get-Member list, hidden ones left out; Get-Member
# -Force lists them too, and -Name filters (Scripting.Classes.BasicParsing "Hidden Members Test").
# ([object]$x).ToString() calls Object's ToString without virtual dispatch: the type's full name
# ("BaseMethodCall Test"). [ValidateSet] is ValidateSetAttribute (TypeAccelerators).
class C1 { [int]$visibleX; [int]$visibleY; hidden [int]$hiddenZ }
$instance = [C1]@{ visibleX = 10; visibleY = 12; hiddenZ = 42 }
($instance | Format-Table -AutoSize | Out-String).Trim()
@($instance | Get-Member -MemberType Property).Name -join ','
@($instance | Get-Member hiddenZ).Count
@($instance | Get-Member hiddenZ -Force).Name
([object]"abc").ToString()
([object]$instance).ToString()
class P { [ValidateSet('a', 'b')]$p }
[ValidateSet]$v = [P].GetProperty('p').GetCustomAttributes($false)[0]
$v.ValidValues -join ','
