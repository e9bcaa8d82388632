foreach ($x in 'single') { "got $x" }
