function f { $args -join ' ' }
f -zz 1
