try { throw [System.ArgumentException]::new('bad arg') }
catch [System.InvalidOperationException] { 'wrong' }
catch [System.ArgumentException] { "arg: $($_.Exception.Message)" }
catch { 'generic' }
