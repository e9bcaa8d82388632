try { 1..3 | ForEach-Object { if ($_ -eq 2) { throw 'two' }; $_ } } catch { "caught $_" }
