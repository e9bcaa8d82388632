$name = 'Ann'
"Hello $name!"
