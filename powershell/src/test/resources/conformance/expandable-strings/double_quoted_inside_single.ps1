'say "$v"'
