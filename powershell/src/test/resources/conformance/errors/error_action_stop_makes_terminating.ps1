try { Write-Error 'now terminating' -ErrorAction Stop; 'not reached' } catch { "caught: $($_.Exception.Message)" }
