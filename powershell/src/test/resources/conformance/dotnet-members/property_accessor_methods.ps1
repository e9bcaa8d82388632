# A .NET property's get_/set_ accessors are public methods, which PowerShell's .NET adapter exposes
# (PipelineChainOperator.Tests.ps1 calls $Variables.get_Keys() on a hashtable).
$h = @{ a = 1 }
$h.get_Keys()
$h.get_Count()
$sb = [System.Text.StringBuilder]::new('abc')
$sb.get_Length()
# A PSCustomObject's note property has no accessor methods.
$o = [pscustomobject]@{ x = 1 }
$o.get_x()
