# Script blocks convert to System.Action / System.Func[...] delegates; Invoke passes $args and a
# Func converts the output to its last type argument. Facts from PowerShell's
# test/powershell/Language/Scripting/Delegates.Tests.ps1.
([System.Action]{ $script:count = $args.Length }).Invoke()
$count
([System.Func[int]]{ '42' }).Invoke() + 1
([System.Func[string]]{ 'hello' }).Invoke()
(([System.Func[hashtable]]{ @{a = 'foo'} }).Invoke()).a
$f = [System.Func[int,string,string]]{ "$($args[0])-$($args[1])" }
$f.Invoke(7, 'x')
