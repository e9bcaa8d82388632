1..2 | ForEach-Object { $outer = $_; 'a', 'b' | ForEach-Object { "$outer$_" } }
