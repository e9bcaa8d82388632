try { throw (New-Object System.ArgumentNullException 'param1') }
catch [System.ArgumentException] { "base caught $($_.Exception.ParamName) $($_.Exception.GetType().Name)" }
