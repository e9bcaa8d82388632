# System.Type reflection on script classes (Scripting.Classes.BasicParsing, inheritance tests):
# GetCustomAttributes gives the class's attribute objects (CmdletAttribute with its named arguments),
# GetProperty/GetMethod the members' attributes, GetInterface an interface the class declares, and
# the class's Assembly carries DynamicClassImplementationAssemblyAttribute.
[System.Management.Automation.Cmdlet("Get", "Thing", SupportsShouldProcess = $true, ConfirmImpact = 'High')]
class C : System.IDisposable {
    [ValidateSet('a', 'b')]$p
    [Obsolete("old")][int] f() { return 1 }
    [void] Dispose() {}
}
$attrs = [C].GetCustomAttributes($false)
$attrs.Count
$attrs[0] -is [System.Management.Automation.CmdletAttribute]
'{0}-{1} {2} {3} {4}' -f $attrs[0].VerbName, $attrs[0].NounName, $attrs[0].SupportsShouldProcess, $attrs[0].SupportsPaging, $attrs[0].ConfirmImpact
$set = [C].GetProperty('p').GetCustomAttributes($false)
$set[0].GetType().FullName
$set[0].ValidValues -join ','
$obsolete = [C].GetMethod('f').GetCustomAttributes($false)
'{0}: {1}' -f $obsolete[0].GetType().FullName, $obsolete[0].Message
[C].GetInterface('System.IDisposable').FullName
$null -eq [C].GetInterface('System.IComparable')
[C]::new() -is [System.IDisposable]
$asm = @([C].Assembly.GetCustomAttributes($false))
$asm[0].GetType().Name
