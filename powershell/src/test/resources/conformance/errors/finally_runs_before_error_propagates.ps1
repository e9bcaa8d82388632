try { try { throw 'deep' } finally { 'inner finally' } } catch { "caught $($_.Exception.Message)" }
