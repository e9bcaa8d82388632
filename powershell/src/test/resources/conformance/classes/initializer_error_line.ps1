# An error in a property initializer is reported at the initializer (Scripting.Classes.Exceptions.Tests,
# "Exception from initializer": InvocationInfo.Line holds the initializer), not at the caller's line.
$f = Join-Path $env:TEMP 'init.ps1'
Set-Content $f "class K {`n    [int]`$a = 'zz'`n}`ntry { [K]::new() } catch { `$_.InvocationInfo.ScriptLineNumber; `$_.InvocationInfo.Line.Trim() }"
& $f
