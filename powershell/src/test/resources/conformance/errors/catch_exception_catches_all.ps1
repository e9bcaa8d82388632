try { throw [System.InvalidOperationException]::new('inv') } catch [Exception] { 'all' }
