throw [System.InvalidOperationException]::new('typed failure')
