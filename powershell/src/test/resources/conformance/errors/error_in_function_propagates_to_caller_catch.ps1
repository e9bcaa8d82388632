function failing { throw 'from function' }
try { failing; 'not reached' } catch { "caught $($_.Exception.Message)" }
