function f { [CmdletBinding()] param() Write-Error 'inner error'; 'after inner' }
try { f -ErrorAction Stop } catch { "caught $($_.Exception.Message)" }
