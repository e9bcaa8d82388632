Set-StrictMode -Version Latest
try { throw 'x' } catch { $null -eq $_.ErrorDetails }
