try { throw [System.IO.FileNotFoundException]::new('nofile') }
catch [System.ArgumentException], [System.IO.IOException] { 'io or arg' }
