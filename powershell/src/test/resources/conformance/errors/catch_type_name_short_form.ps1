try { throw [System.FormatException]::new('fmt') } catch [FormatException] { 'short name works' }
