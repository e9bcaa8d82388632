try { throw 'x' } catch { $_.Exception.GetType().FullName }
