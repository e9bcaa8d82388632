$v = 'z'
"it's $v"
