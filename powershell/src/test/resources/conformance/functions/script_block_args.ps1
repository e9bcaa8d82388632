$sb = { $args[0] + $args[1] }
& $sb 2 3
