$r = switch ('b') { 'a' { 1 } 'b' { 2 } }
$r
