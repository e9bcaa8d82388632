# Assembly.GetType with an arity name gives the open definition, MakeGenericType closes it,
# -as converts a script block to it and DynamicInvoke spreads an object[] as the arguments.
# Facts from PowerShell's test/powershell/Language/Scripting/Delegates.Tests.ps1.
$open = [object].Assembly.GetType('System.Func`3')
$open.IsGenericTypeDefinition
$closed = $open.MakeGenericType(@([int], [string], [int]))
$f = { $args.Length + $args[0] } -as $closed
$f.DynamicInvoke(@(40, 'a'))
$null -eq [object].Assembly.GetType('No.Such.Type')
$a = { $script:seen = $args -join ',' } -as [object].Assembly.GetType('System.Action`2').MakeGenericType(@([int], [int]))
$null = $a.DynamicInvoke(@(1, 2))
$seen
