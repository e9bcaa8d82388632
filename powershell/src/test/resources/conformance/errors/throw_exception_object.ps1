try { throw (New-Object System.InvalidOperationException 'nope') }
catch { $_.Exception.GetType().Name; $_.Exception.Message }
